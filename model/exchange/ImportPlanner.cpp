#include "ImportPlanner.h"

#include "AccountIndex.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Kingside {
namespace {

constexpr qsizetype maxNameLength = 200;

QString quoted(const QString &text)
{
    return QStringLiteral("“%1”").arg(text);
}

// A stored code ("power_influencer"), a shown name ("Power influencer") or, for decision
// roles, the words CRMs use for buying roles.
template <typename Enum>
std::optional<Enum> parseValue(const QString &text)
{
    const QString code = text.trimmed().toLower().replace(
        QRegularExpression(QStringLiteral("[\\s-]+")), QStringLiteral("_"));
    if (const auto value = enumFromCode<Enum>(code))
        return value;
    for (Enum value : allValues<Enum>()) {
        if (displayName(value).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

std::optional<DecisionRole> parseDecisionRole(const QString &text)
{
    static const QHash<QString, DecisionRole> buyingRoles{
        {QStringLiteral("influencer"), DecisionRole::PowerInfluencer},
        {QStringLiteral("budget holder"), DecisionRole::PowerInfluencer},
        {QStringLiteral("executive sponsor"), DecisionRole::PowerInfluencer},
        {QStringLiteral("economic buyer"), DecisionRole::DecisionMaker},
        {QStringLiteral("technical buyer"), DecisionRole::Specifier},
        {QStringLiteral("end user"), DecisionRole::User},
        {QStringLiteral("champion"), DecisionRole::Coach},
        {QStringLiteral("legal & compliance"), DecisionRole::Gatekeeper},
        {QStringLiteral("blocker"), DecisionRole::None},
        {QStringLiteral("other"), DecisionRole::None}};
    // HubSpot writes several buying roles separated by ";": the weightiest one counts.
    std::optional<DecisionRole> best;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        std::optional<DecisionRole> role = parseValue<DecisionRole>(part);
        if (!role) {
            const auto found = buyingRoles.constFind(part.trimmed().toLower());
            if (found != buyingRoles.cend())
                role = *found;
        }
        if (!role)
            return std::nullopt;
        if (!best || int(*role) < int(*best))
            best = role;
    }
    return best;
}

// Built once: the list was joined again for every row planned (README, Speed of import).
template <typename Enum>
const QString &choices()
{
    static const QString text = [] {
        QStringList codes;
        for (Enum value : allValues<Enum>())
            codes.append(codeOf(value));
        return codes.join(QStringLiteral(", "));
    }();
    return text;
}

struct Accepted
{
    int line = 0;
    int rowIndex = 0;
    PersonRef ref;
    QString name;
    QString key; // PersonName::matchKey of the name, computed once per row
    QString email;
    QString recordId;
    QString reportsTo;
};

class ContactPlanning
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::ImportPlanner)

public:
    ContactPlanning(const AccountIndex &index, const ImportOptions &options)
        : m_options(options), m_index(index)
    {
        m_plan.fileName = options.fileName;
        m_plan.accountName = options.accountName.trimmed();
        m_plan.accountId = m_index.accountId();
        for (const Person &person : m_index.people()) {
            if (person.decisionRole == DecisionRole::DecisionMaker)
                m_kingHolder = person.name;
            if (person.teamRole == TeamRole::Mentor)
                m_mentorHolder = person.name;
        }
        for (const Relationship &line : m_index.relationships()) {
            if (line.kind == RelationshipKind::Reporting)
                m_reporting.add(PersonRef{line.fromId}, PersonRef{line.toId});
        }
    }

    ImportPlan run(const QList<ContactRecord> &records);

private:
    void reject(const ContactRecord &record, const QString &reason)
    {
        m_plan.rows.append({record.line, ImportPlan::Outcome::Rejected, record.name, reason});
    }
    void warn(int line, const QString &text)
    {
        m_plan.warnings.append(tr("line %1: %2").arg(line).arg(text));
    }
    void planRow(const ContactRecord &record);
    void planReportingLines();
    std::optional<PersonRef> findPerson(const QString &reference, int line, QString *ambiguity);
    // The match key of a reports-to value: most managers are rows of the file, whose
    // key is known already (matchKey is the costliest step of planning a row).
    QString keyOf(const QString &name);
    QString nameOf(const PersonRef &ref) const;
    // The new names are kept by their key too: a lookup per row, not a scan of the list
    // with its keys computed again (quadratic on a large file).
    void noteNewDepartment(const QString &name)
    {
        noteNew(m_newDepartmentKeys, m_plan.newDepartments, name,
                [this](const QString &n) { return m_index.hasDepartment(n); });
    }
    void noteNewLevel(const QString &name)
    {
        noteNew(m_newLevelKeys, m_plan.newLevels, name,
                [this](const QString &n) { return m_index.hasLevel(n); });
    }
    void noteNewCompetitor(const QString &name)
    {
        noteNew(m_newCompetitorKeys, m_plan.newCompetitors, name,
                [this](const QString &n) { return m_index.hasCompetitor(n); });
    }
    template <typename Known>
    static void noteNew(QSet<QString> &keys, QStringList &names, const QString &name, Known known)
    {
        if (name.isEmpty())
            return;
        const QString key = AccountIndex::nameKey(name);
        if (keys.contains(key) || known(name))
            return;
        keys.insert(key);
        names.append(name);
    }

    ImportOptions m_options;
    AccountIndex m_index;
    QSet<QString> m_newDepartmentKeys;
    QSet<QString> m_newLevelKeys;
    QSet<QString> m_newCompetitorKeys;
    ImportPlan m_plan;
    ReportingGraph m_reporting;
    QList<Accepted> m_accepted;
    QHash<QString, int> m_lineByEmail;                           // within the file
    QHash<QString, QList<std::pair<int, QString>>> m_lineByName; // line, e-mail
    QHash<qint64, int> m_matchedLine; // stored people already matched by an earlier row
    // Accepted rows by record id, e-mail and name key, for reports-to (built once).
    QHash<QString, int> m_acceptedByRecordId;
    QHash<QString, int> m_acceptedByEmail;
    QHash<QString, QList<int>> m_acceptedByName;
    QHash<QString, QString> m_keyByName; // accepted rows' names and the reports-to values seen
    QString m_kingHolder;
    QString m_mentorHolder;
};

void ContactPlanning::planRow(const ContactRecord &record)
{
    // A record the exporter keeps in its recycle bin is not a person to import, nor a
    // faulty row: skipped, whatever else it holds (README, Importing and exporting data).
    if (record.deleted) {
        m_plan.rows.append({record.line, ImportPlan::Outcome::Skipped, record.name.simplified(),
                            tr("a deleted record (IsDeleted is true)")});
        return;
    }
    if (!record.problem.isEmpty()) {
        reject(record, record.problem);
        return;
    }
    const QString name = record.name.simplified();
    const QString email = record.email.trimmed();
    if (name.isEmpty()) {
        reject(record, email.isEmpty() ? tr("no name")
                                       : tr("no name (only the e-mail address %1)").arg(email));
        return;
    }
    if (name.size() > maxNameLength) {
        reject(record, tr("the name is longer than %1 characters").arg(maxNameLength));
        return;
    }
    if (!email.isEmpty() && !AccountIndex::isEmailAddress(email)) {
        reject(record, tr("%1 is not an e-mail address").arg(quoted(email)));
        return;
    }
    Side side = m_options.side;
    if (!record.side.isEmpty()) {
        const auto parsed = parseValue<Side>(record.side);
        if (!parsed) {
            reject(record, tr("side %1 is neither client nor team").arg(quoted(record.side)));
            return;
        }
        side = *parsed;
    }
    if (side == Side::Client && !m_options.anyCompany && !record.company.isEmpty() &&
        !AccountIndex::companyMatches(record.company, m_plan.accountName)) {
        m_plan.rows.append(
            {record.line, ImportPlan::Outcome::Skipped, name,
             tr("works at %1, not at %2").arg(quoted(record.company), quoted(m_plan.accountName))});
        return;
    }

    // The same person twice in one file: the first row counts.
    const QString emailKey = email.toLower();
    if (!emailKey.isEmpty() && m_lineByEmail.contains(emailKey)) {
        reject(record,
               tr("duplicate of line %1 (same e-mail address)").arg(m_lineByEmail.value(emailKey)));
        return;
    }
    const QString nameKey = AccountIndex::personKey(name); // once per row (README, Speed of import)
    for (const auto &[otherLine, otherEmail] : m_lineByName.value(nameKey)) {
        if (otherEmail.isEmpty() || emailKey.isEmpty()) {
            reject(record, tr("duplicate of line %1 (same name)").arg(otherLine));
            return;
        }
    }

    // Values of Kingside's own columns.
    std::optional<DecisionRole> role;
    std::optional<Piece> piece;
    std::optional<Attitude> attitude;
    std::optional<TeamRole> teamRole;
    QStringList ignored;
    const auto parseInto = [&](const QString &text, auto &target, auto parser, const QString &what,
                               const QString &valid) {
        if (text.trimmed().isEmpty())
            return true;
        target = parser(text);
        if (target)
            return true;
        if (m_options.strictValues) {
            reject(record, tr("%1 %2 is not one of %3").arg(what, quoted(text), valid));
            return false;
        }
        ignored.append(tr("%1 %2").arg(what, quoted(text)));
        return true;
    };
    if (!parseInto(record.decisionRole, role, parseDecisionRole, tr("decision role"),
                   choices<DecisionRole>()) ||
        !parseInto(record.piece, piece, parseValue<Piece>, tr("piece"), choices<Piece>()) ||
        !parseInto(record.attitude, attitude, parseValue<Attitude>, tr("attitude"),
                   choices<Attitude>()) ||
        !parseInto(record.teamRole, teamRole, parseValue<TeamRole>, tr("team role"),
                   choices<TeamRole>()))
        return;
    if (!ignored.isEmpty())
        warn(record.line, tr("%1: ignored %2").arg(name, ignored.join(QStringLiteral(", "))));

    // Match: by e-mail, else by name within the account.
    const Person *match = nullptr;
    if (!email.isEmpty()) {
        const QList<const Person *> found = m_index.byEmail(email);
        if (!found.isEmpty())
            match = found.first();
    }
    if (!match) {
        const QList<const Person *> found = m_index.byPersonKey(nameKey);
        if (found.size() > 1) {
            reject(record, tr("%1 people in the account are called %2; add their e-mail "
                              "addresses to tell them apart")
                               .arg(found.size())
                               .arg(quoted(name)));
            return;
        }
        if (found.size() == 1)
            match = found.first();
    }
    if (match && m_matchedLine.contains(match->id)) {
        reject(record, tr("duplicate of line %1 (the same person in the account)")
                           .arg(m_matchedLine.value(match->id)));
        return;
    }
    const Side effectiveSide = match ? match->side : side;
    if (effectiveSide == Side::Team && role && *role != DecisionRole::None) {
        reject(record, tr("team members have no decision role"));
        return;
    }
    if (effectiveSide == Side::Client && teamRole) {
        reject(record, tr("client people have no team role"));
        return;
    }
    if (role == DecisionRole::DecisionMaker && !m_kingHolder.isEmpty() &&
        !(match && match->decisionRole == DecisionRole::DecisionMaker)) {
        reject(record, tr("%1 is already the final decision maker (King) of this account")
                           .arg(quoted(m_kingHolder)));
        return;
    }
    if (teamRole == TeamRole::Mentor && !m_mentorHolder.isEmpty() &&
        !(match && match->teamRole == TeamRole::Mentor)) {
        reject(record, tr("%1 is already the account's mentor").arg(quoted(m_mentorHolder)));
        return;
    }
    const bool onBoard = effectiveSide == Side::Client;
    const QString department = onBoard ? record.department : QString();
    const QString level = onBoard ? record.level : QString();

    Accepted accepted;
    accepted.line = record.line;
    accepted.rowIndex = int(m_plan.rows.size());
    accepted.name = name;
    accepted.key = nameKey;
    accepted.email = email;
    accepted.recordId = record.recordId;
    accepted.reportsTo = record.reportsTo;

    if (match) {
        QStringList changes;
        ImportPlan::Update update;
        update.personId = match->id;
        const auto compare = [&](const char *column, const QString &label, const QString &stored,
                                 const QString &incoming,
                                 Qt::CaseSensitivity cs = Qt::CaseSensitive) {
            if (incoming.isEmpty() || stored.compare(incoming, cs) == 0)
                return;
            update.columns.insert(QLatin1String(column), incoming);
            changes.append(tr("%1: %2 → %3").arg(label, quoted(stored), quoted(incoming)));
        };
        compare("title", tr("title"), match->title, record.title);
        compare("email", tr("e-mail"), match->email, email, Qt::CaseInsensitive);
        compare("phone", tr("phone"), match->phone, record.phone);
        compare("notes", tr("notes"), match->notes, record.notes);
        if (role)
            compare("decision_role", tr("decision role"), codeOf(match->decisionRole),
                    codeOf(*role));
        if (piece)
            compare("piece_override", tr("piece"),
                    match->pieceOverride ? codeOf(*match->pieceOverride) : QString(),
                    codeOf(*piece));
        if (attitude)
            compare("attitude", tr("attitude"), codeOf(match->attitude), codeOf(*attitude));
        if (teamRole)
            compare("team_role", tr("team role"),
                    match->teamRole ? codeOf(*match->teamRole) : QString(), codeOf(*teamRole));
        const auto compareName = [&](std::optional<QString> &target, const QString &label,
                                     const QString &stored, const QString &incoming) {
            if (incoming.isEmpty() ||
                AccountIndex::nameKey(stored) == AccountIndex::nameKey(incoming))
                return false;
            target = incoming;
            changes.append(tr("%1: %2 → %3").arg(label, quoted(stored), quoted(incoming)));
            return true;
        };
        if (compareName(update.department, tr("department"),
                        m_index.departmentName(match->departmentId), department))
            noteNewDepartment(department);
        if (compareName(update.level, tr("level"), m_index.levelName(match->levelId), level))
            noteNewLevel(level);
        if (compareName(update.competitor, tr("competitor"),
                        m_index.competitorName(match->competitorId), record.competitor))
            noteNewCompetitor(record.competitor);
        accepted.ref = PersonRef{match->id};
        m_matchedLine.insert(match->id, record.line);
        if (changes.isEmpty()) {
            m_plan.rows.append({record.line, ImportPlan::Outcome::Unchanged, name, {}});
        } else {
            m_plan.updates.append(update);
            m_plan.rows.append({record.line, ImportPlan::Outcome::Updated, name,
                                changes.join(QStringLiteral("; "))});
        }
    } else {
        ImportPlan::Addition addition;
        Person &person = addition.person;
        person.accountId = m_plan.accountId;
        person.side = side;
        person.name = name;
        person.title = record.title;
        person.email = email;
        person.phone = record.phone;
        person.notes = record.notes;
        person.decisionRole = onBoard ? role.value_or(DecisionRole::None) : DecisionRole::None;
        person.pieceOverride = onBoard ? piece : std::nullopt;
        person.attitude = attitude.value_or(Attitude::Neutral);
        person.teamRole =
            onBoard ? std::nullopt : std::optional(teamRole.value_or(TeamRole::Other));
        addition.department = department;
        addition.level = level;
        addition.competitor = record.competitor;
        noteNewDepartment(department);
        noteNewLevel(level);
        noteNewCompetitor(record.competitor);
        accepted.ref.added = int(m_plan.additions.size());
        m_plan.additions.append(addition);
        m_plan.rows.append({record.line, ImportPlan::Outcome::Added, name, {}});
    }
    if (role == DecisionRole::DecisionMaker)
        m_kingHolder = name;
    if (teamRole == TeamRole::Mentor)
        m_mentorHolder = name;
    if (!emailKey.isEmpty())
        m_lineByEmail.insert(emailKey, record.line);
    m_lineByName[nameKey].append({record.line, emailKey});
    m_accepted.append(accepted);
}

QString ContactPlanning::nameOf(const PersonRef &ref) const
{
    if (ref.added >= 0)
        return m_plan.additions.value(ref.added).person.name;
    const Person *person = m_index.person(ref.id);
    return person ? person->name : QString();
}

// A reports-to value names another row (by its record id, e-mail or name) or someone
// already in the account.
QString ContactPlanning::keyOf(const QString &name)
{
    const auto found = m_keyByName.constFind(name);
    if (found != m_keyByName.cend())
        return *found;
    const QString key = AccountIndex::personKey(name);
    m_keyByName.insert(name, key);
    return key;
}

std::optional<PersonRef> ContactPlanning::findPerson(const QString &reference, int line,
                                                     QString *ambiguity)
{
    Q_UNUSED(line);
    const QString wanted = reference.trimmed();
    if (const auto found = m_acceptedByRecordId.constFind(wanted);
        found != m_acceptedByRecordId.cend())
        return m_accepted[*found].ref;
    if (AccountIndex::isEmailAddress(wanted)) {
        if (const auto found = m_acceptedByEmail.constFind(wanted.toLower());
            found != m_acceptedByEmail.cend())
            return m_accepted[*found].ref;
        const QList<const Person *> stored = m_index.byEmail(wanted);
        if (!stored.isEmpty())
            return PersonRef{stored.first()->id};
        return std::nullopt;
    }
    QList<PersonRef> inFile;
    const QString key = keyOf(wanted);
    for (int index : m_acceptedByName.value(key)) {
        if (!inFile.contains(m_accepted[index].ref))
            inFile.append(m_accepted[index].ref);
    }
    if (inFile.size() == 1)
        return inFile.first();
    const QList<const Person *> stored = m_index.byPersonKey(key);
    if (inFile.size() > 1 || stored.size() > 1) {
        *ambiguity = tr("more than one person is called %1").arg(quoted(wanted));
        return std::nullopt;
    }
    if (stored.size() == 1)
        return PersonRef{stored.first()->id};
    return std::nullopt;
}

void ContactPlanning::planReportingLines()
{
    // Stored reporting lines by who reports, to follow a manager change.
    QHash<qint64, QList<const Relationship *>> storedLines;
    for (const Relationship &line : m_index.relationships()) {
        if (line.kind == RelationshipKind::Reporting)
            storedLines[line.fromId].append(&line);
    }
    for (int i = 0; i < m_accepted.size(); ++i) {
        const Accepted &accepted = m_accepted[i];
        if (!accepted.recordId.isEmpty() && !m_acceptedByRecordId.contains(accepted.recordId))
            m_acceptedByRecordId.insert(accepted.recordId, i);
        if (!accepted.email.isEmpty() && !m_acceptedByEmail.contains(accepted.email.toLower()))
            m_acceptedByEmail.insert(accepted.email.toLower(), i);
        m_acceptedByName[accepted.key].append(i);
        m_keyByName.insert(accepted.name, accepted.key);
    }
    for (const Accepted &person : std::as_const(m_accepted)) {
        if (person.reportsTo.isEmpty())
            continue;
        QString ambiguity;
        const std::optional<PersonRef> manager =
            findPerson(person.reportsTo, person.line, &ambiguity);
        if (!manager) {
            warn(person.line,
                 ambiguity.isEmpty()
                     ? tr("%1 reports to %2, who is neither in the file nor in the account; no "
                          "reporting line was drawn")
                           .arg(person.name, quoted(person.reportsTo))
                     : tr("%1 reports to %2: %3; no reporting line was drawn")
                           .arg(person.name, quoted(person.reportsTo), ambiguity));
            continue;
        }
        if (*manager == person.ref) {
            warn(person.line,
                 tr("%1 reports to themselves; no reporting line was drawn").arg(person.name));
            continue;
        }
        if (m_reporting.has(person.ref, *manager))
            continue;
        // A manager change: the one stored reporting line now points to the new manager.
        const Relationship *previous = nullptr;
        if (person.ref.id > 0) {
            const auto lines = storedLines.value(person.ref.id);
            if (lines.size() == 1)
                previous = lines.first();
        }
        if (previous)
            m_reporting.remove(person.ref, PersonRef{previous->toId});
        const QList<PersonRef> cycle = m_reporting.cycleIfAdded(person.ref, *manager);
        if (!cycle.isEmpty()) {
            if (previous)
                m_reporting.add(person.ref, PersonRef{previous->toId});
            QStringList names{person.name};
            for (const PersonRef &ref : cycle)
                names.append(nameOf(ref));
            warn(person.line,
                 tr("%1 reporting to %2 would close a reporting cycle (%3); that "
                    "line was not drawn")
                     .arg(person.name, nameOf(*manager), names.join(QStringLiteral(" → "))));
            continue;
        }
        m_reporting.add(person.ref, *manager);
        ImportPlan::Row &row = m_plan.rows[person.rowIndex];
        const QString before = previous ? nameOf(PersonRef{previous->toId}) : QString();
        if (previous) {
            m_plan.lineUpdates.append({previous->id, *manager, {}});
        } else {
            ImportPlan::NewLine line;
            line.from = person.ref;
            line.to = *manager;
            line.kind = RelationshipKind::Reporting;
            m_plan.lines.append(line);
        }
        if (row.outcome != ImportPlan::Outcome::Added) {
            row.outcome = ImportPlan::Outcome::Updated;
            const QString change = tr("reports to: %1 → %2")
                                       .arg(before.isEmpty() ? tr("nobody") : quoted(before),
                                            quoted(nameOf(*manager)));
            row.detail = row.detail.isEmpty() ? change : row.detail + QStringLiteral("; ") + change;
        }
    }
}

ImportPlan ContactPlanning::run(const QList<ContactRecord> &records)
{
    if (m_plan.accountName.isEmpty()) {
        m_plan.error = tr("No account was named.");
        return m_plan;
    }
    for (const ContactRecord &record : records)
        planRow(record);
    planReportingLines();
    if (m_plan.createsAccount()) {
        const bool levelsInFile =
            std::any_of(records.cbegin(), records.cend(),
                        [](const ContactRecord &r) { return !r.level.isEmpty(); });
        m_plan.createDefaultLevels = !levelsInFile;
    }
    return m_plan;
}

} // namespace

ImportPlan ImportPlanner::plan(const QSqlDatabase &db, const QList<ContactRecord> &records,
                               const ImportOptions &options)
{
    return plan(AccountIndex(db, options.accountName), records, options);
}

ImportPlan ImportPlanner::plan(const AccountIndex &index, const QList<ContactRecord> &records,
                               const ImportOptions &options)
{
    return ContactPlanning(index, options).run(records);
}

} // namespace Kingside
