#pragma once

#include "domain/Enums.h"
#include "domain/Person.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Kingside {

// A person the plan refers to: one already stored (id) or one the plan adds
// (index into ImportPlan::additions).
struct PersonRef
{
    qint64 id = 0;
    int added = -1;

    bool isValid() const { return id > 0 || added >= 0; }
    bool operator==(const PersonRef &other) const = default;
};

// What an import will do, worked out before anything is written: the preview shows it,
// ApplyImport writes it in one transaction.
struct ImportPlan
{
    enum class Outcome
    {
        Added,
        Updated,
        Unchanged,
        Skipped,
        Rejected
    };
    struct Row
    {
        int line = 0;
        Outcome outcome = Outcome::Added;
        QString name;
        QString detail; // the reason (rejected, skipped) or what changed (updated)
    };
    struct Addition
    {
        Person person;      // departmentId/levelId/competitorId resolved from the names below
        QString department; // empty: unknown
        QString level;
        QString competitor;
    };
    struct Update
    {
        qint64 personId = 0;
        QVariantMap columns; // people columns: title, email, phone, notes, decision_role, …
        std::optional<QString> department;
        std::optional<QString> level;
        std::optional<QString> competitor;
    };
    struct NewLine
    {
        PersonRef from;
        PersonRef to;
        RelationshipKind kind = RelationshipKind::Working;
        int strength = 3;
        QDate lastContact;
        QString notes;
    };
    struct LineUpdate
    {
        qint64 relationshipId = 0;
        std::optional<PersonRef> newTo; // a reporting line that now points elsewhere
        QVariantMap columns;            // strength, last_contact, notes
    };

    QString fileName;
    QString accountName;
    qint64 accountId = 0; // 0: the account is created
    bool createDefaultLevels = false;
    QStringList newDepartments;
    QStringList newLevels;
    QStringList newCompetitors;
    QList<Addition> additions;
    QList<Update> updates;
    QList<NewLine> lines;
    QList<LineUpdate> lineUpdates;
    QList<Row> rows;
    QStringList warnings; // "line 7: …" about things not done that do not reject a row
    QString error;        // the plan could not be made (the workspace could not be read)

    bool createsAccount() const { return accountId == 0; }
    int count(Outcome outcome) const;
    bool hasWrites() const;
    // "Added 3, updated 1, unchanged 4, skipped 0, rejected 2."
    QString countsText() const;
    // The counts, then each row that was not simply added or left unchanged, warnings
    // and new departments: the text the command line prints and the dialog shows.
    QString report() const;
};

QString displayName(ImportPlan::Outcome outcome);

} // namespace Kingside
