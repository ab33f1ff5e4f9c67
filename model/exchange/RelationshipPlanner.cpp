#include "RelationshipPlanner.h"

#include "AccountIndex.h"
#include "domain/LocalFormat.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace Kingside {
namespace {

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

std::optional<RelationshipKind> parseKind(const QString &text)
{
    const QString code = text.trimmed().toLower();
    if (const auto kind = enumFromCode<RelationshipKind>(code))
        return kind;
    for (RelationshipKind kind : allValues<RelationshipKind>()) {
        if (displayName(kind).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

class RelationshipPlanning
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::RelationshipPlanner)

public:
    RelationshipPlanning(const AccountIndex &index, const ImportOptions &options) : m_index(index)
    {
        m_plan.fileName = options.fileName;
        m_plan.accountName = options.accountName.trimmed();
        m_plan.accountId = m_index.accountId();
        m_plan.createDefaultLevels = m_plan.createsAccount();
        for (const Relationship &line : m_index.relationships()) {
            if (line.kind == RelationshipKind::Reporting)
                m_reporting.add(PersonRef{line.fromId}, PersonRef{line.toId});
            m_stored.insert(storedKey(line.fromId, line.toId, line.kind), &line);
        }
    }

    ImportPlan run(const QList<RelationshipRecord> &records)
    {
        if (m_plan.accountName.isEmpty()) {
            m_plan.error = tr("No account was named.");
            return m_plan;
        }
        for (const RelationshipRecord &record : records)
            planRow(record);
        if (!m_newNames.isEmpty())
            m_plan.warnings.append(tr("New people (client side, department unknown): %1")
                                       .arg(m_newNames.join(QStringLiteral(", "))));
        return m_plan;
    }

private:
    // A person by e-mail or name; std::nullopt with *error empty means "new person".
    struct Endpoint
    {
        std::optional<PersonRef> ref;
        QString name;
        QString email;
        QString error;
    };

    Endpoint resolve(const QString &value, const QString &emailColumn) const
    {
        Endpoint endpoint;
        endpoint.name = value.simplified();
        QString email = emailColumn.trimmed();
        if (email.isEmpty() && AccountIndex::isEmailAddress(endpoint.name))
            email = endpoint.name;
        if (endpoint.name.isEmpty())
            endpoint.name = email;
        endpoint.email = email;
        if (!email.isEmpty()) {
            if (!AccountIndex::isEmailAddress(email)) {
                endpoint.error = tr("%1 is not an e-mail address").arg(quoted(email));
                return endpoint;
            }
            const QList<const Person *> stored = m_index.byEmail(email);
            if (!stored.isEmpty()) {
                endpoint.ref = PersonRef{stored.first()->id};
                endpoint.name = stored.first()->name;
                return endpoint;
            }
            if (const auto added = m_newByEmail.constFind(email.toLower());
                added != m_newByEmail.cend()) {
                endpoint.ref = PersonRef{0, *added};
                return endpoint;
            }
            if (endpoint.name == email)
                return endpoint; // new, known only by address
        }
        const QList<const Person *> stored = m_index.byName(endpoint.name);
        if (stored.size() > 1) {
            endpoint.error = tr("%1 people in the account are called %2; use their e-mail "
                                "addresses")
                                 .arg(stored.size())
                                 .arg(quoted(endpoint.name));
            return endpoint;
        }
        if (stored.size() == 1) {
            endpoint.ref = PersonRef{stored.first()->id};
            return endpoint;
        }
        if (const auto added = m_newByName.constFind(AccountIndex::nameKey(endpoint.name));
            added != m_newByName.cend())
            endpoint.ref = PersonRef{0, *added};
        return endpoint;
    }

    PersonRef addPerson(const Endpoint &endpoint)
    {
        ImportPlan::Addition addition;
        addition.person.accountId = m_plan.accountId;
        addition.person.side = Side::Client;
        addition.person.name = endpoint.name;
        addition.person.email = endpoint.email;
        const int index = int(m_plan.additions.size());
        m_plan.additions.append(addition);
        m_newByName.insert(AccountIndex::nameKey(endpoint.name), index);
        if (!endpoint.email.isEmpty())
            m_newByEmail.insert(endpoint.email.toLower(), index);
        m_newNames.append(endpoint.name);
        return PersonRef{0, index};
    }

    static QString storedKey(qint64 from, qint64 to, RelationshipKind kind)
    {
        return QStringLiteral("%1|%2|%3").arg(from).arg(to).arg(int(kind));
    }

    QString nameOf(const PersonRef &ref) const
    {
        if (ref.added >= 0)
            return m_plan.additions.value(ref.added).person.name;
        const Person *person = m_index.person(ref.id);
        return person ? person->name : QString();
    }

    // New people are known by name until they are added, so key them by name throughout.
    QString nodeKey(const PersonRef &ref) const
    {
        return ref.id > 0 ? QStringLiteral("p%1").arg(ref.id)
                          : QStringLiteral("new:") + AccountIndex::nameKey(nameOf(ref));
    }

    void reject(const RelationshipRecord &record, const QString &label, const QString &reason)
    {
        m_plan.rows.append({record.line, ImportPlan::Outcome::Rejected, label, reason});
    }

    void planRow(const RelationshipRecord &record)
    {
        const QString label =
            tr("%1 → %2").arg(record.from.isEmpty() ? record.fromEmail : record.from,
                              record.to.isEmpty() ? record.toEmail : record.to);
        if (!record.problem.isEmpty()) {
            reject(record, QString(), record.problem);
            return;
        }
        if ((record.from.isEmpty() && record.fromEmail.isEmpty()) ||
            (record.to.isEmpty() && record.toEmail.isEmpty())) {
            reject(record, label, tr("from and to must both name a person"));
            return;
        }
        RelationshipKind kind = RelationshipKind::Working;
        if (!record.kind.isEmpty()) {
            const auto parsed = parseKind(record.kind);
            if (!parsed) {
                QStringList codes;
                for (RelationshipKind value : allValues<RelationshipKind>())
                    codes.append(codeOf(value));
                reject(record, label,
                       tr("kind %1 is not one of %2")
                           .arg(quoted(record.kind), codes.join(QStringLiteral(", "))));
                return;
            }
            kind = *parsed;
        }
        std::optional<int> strength;
        if (!record.strength.isEmpty()) {
            bool ok = false;
            const double value = record.strength.toDouble(&ok);
            if (!ok || value != double(int(value)) || value < 1 || value > 5) {
                reject(record, label,
                       tr("strength %1 is not a whole number from 1 to 5")
                           .arg(quoted(record.strength)));
                return;
            }
            strength = int(value);
        }
        QDate lastContact;
        if (!record.lastContact.isEmpty()) {
            lastContact = QDate::fromString(record.lastContact, Qt::ISODate);
            if (!lastContact.isValid() || record.lastContact.size() != 10) {
                reject(record, label,
                       tr("last contact %1 is not a date like 2026-06-15")
                           .arg(quoted(record.lastContact)));
                return;
            }
        }
        Endpoint from = resolve(record.from, record.fromEmail);
        Endpoint to = resolve(record.to, record.toEmail);
        for (const Endpoint *endpoint : {&from, &to}) {
            if (!endpoint->error.isEmpty()) {
                reject(record, label, endpoint->error);
                return;
            }
        }
        const auto sameNew = [](const Endpoint &a, const Endpoint &b) {
            return !a.ref && !b.ref &&
                   (AccountIndex::nameKey(a.name) == AccountIndex::nameKey(b.name) ||
                    (!a.email.isEmpty() && a.email.compare(b.email, Qt::CaseInsensitive) == 0));
        };
        if ((from.ref && to.ref && *from.ref == *to.ref) || sameNew(from, to)) {
            reject(record, label, tr("a person cannot have a relationship with themselves"));
            return;
        }
        // Duplicates inside the file, before anyone is created for this row.
        const QString fromKey = from.ref
                                    ? nodeKey(*from.ref)
                                    : QStringLiteral("new:") + AccountIndex::nameKey(from.name);
        const QString toKey =
            to.ref ? nodeKey(*to.ref) : QStringLiteral("new:") + AccountIndex::nameKey(to.name);
        const QString pairKey = isDirected(kind) || fromKey < toKey
                                    ? fromKey + QLatin1Char('|') + toKey
                                    : toKey + QLatin1Char('|') + fromKey;
        const QString lineKey = pairKey + QLatin1Char('|') + codeOf(kind);
        if (const auto seen = m_lineByKey.constFind(lineKey); seen != m_lineByKey.cend()) {
            reject(record, label, tr("duplicate of line %1").arg(*seen));
            return;
        }

        // An existing line between them: update what the file says differently.
        const Relationship *existing = nullptr;
        if (from.ref && to.ref && from.ref->id > 0 && to.ref->id > 0) {
            existing = m_stored.value(storedKey(from.ref->id, to.ref->id, kind));
            if (!existing && !isDirected(kind))
                existing = m_stored.value(storedKey(to.ref->id, from.ref->id, kind));
        }
        if (existing) {
            ImportPlan::LineUpdate update;
            update.relationshipId = existing->id;
            QStringList changes;
            if (strength && *strength != existing->strength) {
                update.columns.insert(QStringLiteral("strength"), *strength);
                changes.append(tr("strength: %1 → %2").arg(existing->strength).arg(*strength));
            }
            if (lastContact.isValid() && lastContact != existing->lastContact) {
                update.columns.insert(QStringLiteral("last_contact"),
                                      lastContact.toString(Qt::ISODate));
                changes.append(tr("last contact: %1 → %2")
                                   .arg(existing->lastContact.isValid()
                                            ? LocalFormat::date(existing->lastContact)
                                            : tr("never"),
                                        LocalFormat::date(lastContact)));
            }
            if (!record.notes.isEmpty() && record.notes != existing->notes) {
                update.columns.insert(QStringLiteral("notes"), record.notes);
                changes.append(tr("notes changed"));
            }
            m_lineByKey.insert(lineKey, record.line);
            if (changes.isEmpty()) {
                m_plan.rows.append({record.line, ImportPlan::Outcome::Unchanged, label, {}});
            } else {
                m_plan.lineUpdates.append(update);
                m_plan.rows.append({record.line, ImportPlan::Outcome::Updated, label,
                                    changes.join(QStringLiteral("; "))});
            }
            return;
        }
        if (kind == RelationshipKind::Reporting && from.ref && to.ref) {
            const QList<PersonRef> cycle = m_reporting.cycleIfAdded(*from.ref, *to.ref);
            if (!cycle.isEmpty()) {
                QStringList names{nameOf(*from.ref)};
                for (const PersonRef &ref : cycle)
                    names.append(nameOf(ref));
                reject(record, label,
                       tr("this reporting line would close a reporting cycle (%1)")
                           .arg(names.join(QStringLiteral(" → "))));
                return;
            }
        }
        if (!from.ref)
            from.ref = addPerson(from);
        if (!to.ref)
            to.ref = addPerson(to);
        if (kind == RelationshipKind::Reporting)
            m_reporting.add(*from.ref, *to.ref);
        ImportPlan::NewLine line;
        line.from = *from.ref;
        line.to = *to.ref;
        line.kind = kind;
        line.strength = strength.value_or(3);
        line.lastContact = lastContact;
        line.notes = record.notes;
        m_plan.lines.append(line);
        m_lineByKey.insert(lineKey, record.line);
        m_plan.rows.append({record.line, ImportPlan::Outcome::Added, label, {}});
    }

    AccountIndex m_index;
    ImportPlan m_plan;
    ReportingGraph m_reporting;
    QHash<QString, int> m_newByName;
    QHash<QString, int> m_newByEmail;
    QStringList m_newNames;
    QHash<QString, int> m_lineByKey;
    QHash<QString, const Relationship *> m_stored; // by from|to|kind
};

} // namespace

ImportPlan RelationshipPlanner::plan(const QSqlDatabase &db,
                                     const QList<RelationshipRecord> &records,
                                     const ImportOptions &options)
{
    return plan(AccountIndex(db, options.accountName), records, options);
}

ImportPlan RelationshipPlanner::plan(const AccountIndex &index,
                                     const QList<RelationshipRecord> &records,
                                     const ImportOptions &options)
{
    return RelationshipPlanning(index, options).run(records);
}

} // namespace Kingside
