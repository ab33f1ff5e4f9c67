#pragma once

#include "workspace/Workspace.h"

#include <QDate>
#include <QString>

namespace Kingside::Test {

// Writes a random but deterministic account into a workspace, for cross-checks and
// benchmarks: departments and levels with walls, a team with a mentor, client people
// with every piece and attitude, and lines of every kind, including parallel lines of
// different kinds, lines in both directions, tension lines and isolated people.
struct RandomAccount
{
    int clientPeople = 60;
    int teamMembers = 6; // plus a mentor
    int lines = 300;
    int departments = 6;
    int levels = 5;
    int walls = 2;
    int isolated = 3; // client people left without any line
    quint64 seed = 1;
    QDate today = QDate(2026, 6, 15);

    // Returns the new account's id, or 0 with *error set.
    qint64 write(Workspace &workspace, const QString &name, QString *error) const;
};

} // namespace Kingside::Test
