#pragma once

#include "workspace/Sql.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QSqlDatabase>
#include <QtTest>

namespace Kingside::Test {

// A small hand-built account for planning tests: two team members and a mentor, four
// client people (King, Queen, Rook and a pawn), a few lines and a plan.
struct SmallAccount
{
    qint64 account = 0;
    qint64 manager = 0;
    qint64 specialist = 0;
    qint64 mentor = 0;
    qint64 king = 0;
    qint64 queen = 0;
    qint64 rook = 0;
    qint64 pawn = 0;
    qint64 managerToQueen = 0; // strength 4
    qint64 managerToKing = 0;  // strength 2
    qint64 pawnReportsToQueen = 0;
    qint64 objective = 0;

    static qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(db);
        QString error;
        if (!Sql::exec(query, sql, values, &error))
            qWarning() << "fixture:" << error << sql;
        return query.lastInsertId().toLongLong();
    }

    static SmallAccount create(const QSqlDatabase &db, const QString &name = QStringLiteral("Acme"),
                               const QString &created = QStringLiteral("2026-01-10T09:00:00Z"))
    {
        SmallAccount a;
        a.account = insert(db,
                           QStringLiteral("INSERT INTO accounts (name, created_at, "
                                          "lifecycle_stage) VALUES (?, ?, 'presale')"),
                           {name, created});
        const QString person = QStringLiteral(
            "INSERT INTO people (account_id, side, name, decision_role, attitude, team_role, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'x', 'x')");
        const QVariant noRole(QMetaType(QMetaType::QString));
        a.manager =
            insert(db, person,
                   {a.account, "team", name + " Manager", "none", "neutral", "account_manager"});
        a.specialist = insert(
            db, person, {a.account, "team", name + " Specialist", "none", "neutral", "specialist"});
        a.mentor =
            insert(db, person, {a.account, "team", name + " Mentor", "none", "neutral", "mentor"});
        a.king = insert(db, person,
                        {a.account, "client", name + " King", "decision_maker", "neutral", noRole});
        a.queen =
            insert(db, person,
                   {a.account, "client", name + " Queen", "power_influencer", "supporter", noRole});
        a.rook = insert(db, person,
                        {a.account, "client", name + " Rook", "gatekeeper", "sceptic", noRole});
        a.pawn =
            insert(db, person, {a.account, "client", name + " Pawn", "user", "champion", noRole});
        const QString line = QStringLiteral(
            "INSERT INTO relationships (account_id, from_id, to_id, kind, strength, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, 'x', 'x')");
        a.managerToQueen = insert(db, line, {a.account, a.manager, a.queen, "working", 4});
        a.managerToKing = insert(db, line, {a.account, a.manager, a.king, "working", 2});
        a.pawnReportsToQueen = insert(db, line, {a.account, a.pawn, a.queen, "reporting", 3});
        insert(db,
               QStringLiteral("INSERT INTO plans (account_id, version, strategy, updated_at) "
                              "VALUES (?, 1, 'Win the board', 'x')"),
               {a.account});
        a.objective = insert(db,
                             QStringLiteral("INSERT INTO objectives (account_id, kind, title, "
                                            "traffic_light) VALUES (?, 'relationship', "
                                            "'Reach the King', 'red')"),
                             {a.account});
        return a;
    }
};

} // namespace Kingside::Test
