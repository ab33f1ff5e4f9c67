#include "DemoBuilder.h"

#include "domain/Enums.h"
#include "planning/DemoHistory.h"
#include "planning/PlanStore.h"
#include "scoring/ScoringStore.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"
#include "workspace/TransactionGuard.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Kingside {
namespace {

// splitmix64: the same sequence on every platform and compiler, unlike <random>'s
// distributions.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

private:
    quint64 m_state;
};

const QStringList firstNames{
    "Ingrid", "Lars",  "Amira",  "Jonas",  "Chen",  "Priya",  "Mateo",  "Sanna", "Olu",    "Freya",
    "Tomasz", "Lena",  "Rafael", "Yuki",   "Noor",  "Henrik", "Elena",  "Kwame", "Astrid", "Dmitri",
    "Fatima", "Oskar", "Mei",    "Pieter", "Leila", "Aksel",  "Rosa",   "Emeka", "Hanna",  "Viktor",
    "Ines",   "Sami",  "Clara",  "Bjorn",  "Anaya", "Felix",  "Maja",   "Tariq", "Greta",  "Jun",
    "Sofie",  "Marek", "Nadia",  "Ruben",  "Iris",  "Emil",   "Zainab", "Nils"};
const QStringList lastNames{
    "Halvorsen", "Nakamura", "Okafor",  "Lindqvist", "Moreau",     "Kowalski",   "Haddad",
    "Berg",      "Santos",   "Eriksen", "Novak",     "Achterberg", "Dahl",       "Petrov",
    "Rahman",    "Vogel",    "Mensah",  "Strand",    "Ibarra",     "Larsen",     "Kaur",
    "Fischer",   "Oyelaran", "Solberg", "Costa",     "Holm",       "Wiśniewska", "Aalto",
    "Brennan",   "Idris",    "Nygaard", "Tanaka",    "Ferreira",   "Lund",       "Mbeki",
    "Sørensen",  "Quinn",    "Yilmaz",  "Engel",     "Varga"};

struct KeyPerson
{
    QString name;
    QString title;
    int department;
    int level; // 0 = top rank
    DecisionRole role;
    Attitude attitude;
    QString competitor;  // favoured rival, or empty
    bool singleThreaded; // reached by exactly one team member
};

struct TeamMember
{
    QString name;
    QString title;
    TeamRole role;
};

struct AccountSpec
{
    QString name;
    QString industry;
    QString emailDomain;
    double annualSales;
    double profitability;
    double potential3y;
    LifecycleStage stage;
    int cadenceMonths;
    QStringList departments;
    QStringList levels;
    QList<TeamMember> team; // the last one with TeamRole::Mentor is the mentor
    QList<KeyPerson> keyPeople;
    int clientPeople;       // including the key people
    int teamLinksPerMember; // typical, the account manager gets more
    int clientWorkingLines;
    int influenceLines;
    int allianceLines;
    int tensionLines;
    int wallBetween[2]; // department indexes, or -1
    int lastReviewDaysAgo;
    QList<int> scores; // per criterion in demo order; 0 = not scored
};

QString levelTitle(const QString &department, int level, int levels)
{
    const int fromBottom = levels - 1 - level;
    if (level <= 1)
        return QStringLiteral("Director, %1").arg(department);
    if (level == 2)
        return QStringLiteral("Head of %1").arg(department);
    if (fromBottom == 0)
        return QStringLiteral("%1 Coordinator").arg(department);
    if (fromBottom == 1)
        return QStringLiteral("%1 Specialist").arg(department);
    if (fromBottom == 2)
        return QStringLiteral("Team Lead, %1").arg(department);
    return QStringLiteral("%1 Manager").arg(department);
}

QString emailFor(const QString &name, const QString &domain)
{
    QString local = name.toLower();
    local.replace(QLatin1Char(' '), QLatin1Char('.'));
    local.replace(QStringLiteral("ø"), QStringLiteral("o"));
    local.replace(QStringLiteral("ś"), QStringLiteral("s"));
    return local + QLatin1Char('@') + domain;
}

QList<AccountSpec> demoAccounts()
{
    using DR = DecisionRole;
    using AT = Attitude;
    QList<AccountSpec> specs;

    AccountSpec halvorsen;
    halvorsen.name = QStringLiteral("Halvorsen Maritime Group");
    halvorsen.industry = QStringLiteral("Shipping and logistics");
    halvorsen.emailDomain = QStringLiteral("halvorsen-maritime.example");
    halvorsen.annualSales = 2'400'000;
    halvorsen.profitability = 18;
    halvorsen.potential3y = 6'500'000;
    halvorsen.stage = LifecycleStage::Exploitation;
    halvorsen.cadenceMonths = 3;
    halvorsen.departments = {"Corporate", "Operations",  "Finance",           "Procurement",
                             "IT",        "Engineering", "Sales & Marketing", "HR"};
    halvorsen.levels = {"Board",       "Executive", "Senior management", "Management", "Team leads",
                        "Specialists", "Staff"};
    halvorsen.team = {{"Sofia Brandt", "Key Account Manager", TeamRole::AccountManager},
                      {"Marcus Lind", "VP Northern Europe", TeamRole::ExecutiveSponsor},
                      {"Aisha Karim", "Solution Architect", TeamRole::Specialist},
                      {"Daniel Roth", "Service Delivery Manager", TeamRole::Specialist},
                      {"Eva Jansen", "Finance Specialist", TeamRole::Specialist},
                      {"Tobias Meyer", "Technical Consultant", TeamRole::Specialist},
                      {"Lucia Romano", "Project Manager", TeamRole::Specialist},
                      {"Ken Adeyemi", "Customer Success Manager", TeamRole::Specialist},
                      {"Nora Virtanen", "Support Lead", TeamRole::Specialist},
                      {"Paul Weber", "Inside Sales", TeamRole::Other},
                      {"Helena Voss", "Senior Director, Key Accounts", TeamRole::Mentor}};
    halvorsen.keyPeople = {
        {"Ingrid Halvorsen",
         "Chief Executive Officer",
         0,
         0,
         DR::DecisionMaker,
         AT::Neutral,
         {},
         false},
        {"Lars Eriksen",
         "Chief Operating Officer",
         1,
         1,
         DR::PowerInfluencer,
         AT::Champion,
         {},
         false},
        {"Amira Haddad", "Chief Financial Officer", 2, 1, DR::Gatekeeper, AT::Sceptic, {}, false},
        {"Dmitri Petrov", "Chief Information Officer", 4, 1, DR::Specifier, AT::Opponent,
         "Corvane Systems", false},
        {"Greta Solberg", "Head of Procurement", 3, 2, DR::Gatekeeper, AT::Neutral, {}, true},
        {"Rafael Santos", "General Counsel", 0, 2, DR::Gatekeeper, AT::Sceptic, {}, true},
        {"Chen Nakamura", "Enterprise Architect", 4, 3, DR::Specifier, AT::Sceptic,
         "Corvane Systems", false},
        {"Astrid Dahl", "Head of Fleet Engineering", 5, 2, DR::Specifier, AT::Supporter, {}, false},
        {"Kwame Mensah", "Operations Excellence Lead", 1, 3, DR::Coach, AT::Champion, {}, true},
        {"Priya Kaur", "Planning Team Lead", 1, 4, DR::Coach, AT::Supporter, {}, false},
        {"Jun Tanaka", "Infrastructure Team Lead", 4, 4, DR::User, AT::Opponent, "Corvane Systems",
         false},
        {"Leila Rahman", "Financial Controller", 2, 3, DR::User, AT::Opponent, "Meridian Logic",
         false},
        {"Henrik Strand", "Dispatcher", 1, 6, DR::User, AT::Champion, {}, false},
    };
    halvorsen.clientPeople = 60;
    halvorsen.teamLinksPerMember = 15;
    halvorsen.clientWorkingLines = 80;
    halvorsen.influenceLines = 55;
    halvorsen.allianceLines = 35;
    halvorsen.tensionLines = 16;
    halvorsen.wallBetween[0] = 4; // IT …
    halvorsen.wallBetween[1] = 5; // … and Engineering do not talk
    halvorsen.lastReviewDaysAgo = 80;
    halvorsen.scores = {9, 8, 7, 9, 8, 6, 5, 7, 7};
    specs.append(halvorsen);

    AccountSpec brightwater;
    brightwater.name = QStringLiteral("Brightwater Utilities");
    brightwater.industry = QStringLiteral("Water and energy utilities");
    brightwater.emailDomain = QStringLiteral("brightwater.example");
    brightwater.annualSales = 1'150'000;
    brightwater.profitability = 12;
    brightwater.potential3y = 2'800'000;
    brightwater.stage = LifecycleStage::Implementation;
    brightwater.cadenceMonths = 3;
    brightwater.departments = {"Executive office", "Network operations", "Finance", "Procurement",
                               "Digital",          "Customer service"};
    brightwater.levels = {"Board",      "Executive",   "Senior management",
                          "Management", "Specialists", "Staff"};
    brightwater.team = {{"Oliver Grant", "Key Account Manager", TeamRole::AccountManager},
                        {"Marcus Lind", "VP Northern Europe", TeamRole::ExecutiveSponsor},
                        {"Aisha Karim", "Solution Architect", TeamRole::Specialist},
                        {"Mira Stein", "Project Manager", TeamRole::Specialist},
                        {"Ken Adeyemi", "Customer Success Manager", TeamRole::Specialist},
                        {"Helena Voss", "Senior Director, Key Accounts", TeamRole::Mentor}};
    brightwater.keyPeople = {
        {"Clara Engel", "Managing Director", 0, 0, DR::DecisionMaker, AT::Supporter, {}, false},
        {"Viktor Novak",
         "Director of Network Operations",
         1,
         1,
         DR::PowerInfluencer,
         AT::Champion,
         {},
         false},
        {"Ines Ferreira", "Procurement Manager", 3, 3, DR::Gatekeeper, AT::Neutral, {}, true},
        {"Sami Aalto", "Head of Digital", 4, 2, DR::Specifier, AT::Sceptic, "Meridian Logic",
         false},
        {"Rosa Ibarra", "Control Room Supervisor", 1, 3, DR::Coach, AT::Champion, {}, false},
    };
    brightwater.clientPeople = 24;
    brightwater.teamLinksPerMember = 7;
    brightwater.clientWorkingLines = 22;
    brightwater.influenceLines = 12;
    brightwater.allianceLines = 8;
    brightwater.tensionLines = 4;
    brightwater.wallBetween[0] = -1;
    brightwater.wallBetween[1] = -1;
    brightwater.lastReviewDaysAgo = 130; // overdue
    brightwater.scores = {6, 7, 5, 7, 6, 7, 4, 6, 6};
    specs.append(brightwater);

    AccountSpec aldermoor;
    aldermoor.name = QStringLiteral("Aldermoor Health Trust");
    aldermoor.industry = QStringLiteral("Healthcare");
    aldermoor.emailDomain = QStringLiteral("aldermoor-health.example");
    aldermoor.annualSales = 640'000;
    aldermoor.profitability = 9;
    aldermoor.potential3y = 2'100'000;
    aldermoor.stage = LifecycleStage::ContractNegotiation;
    aldermoor.cadenceMonths = 3;
    aldermoor.departments = {"Trust board", "Clinical services", "Finance", "Procurement",
                             "Estates & logistics"};
    aldermoor.levels = {"Board",      "Executive",   "Senior management",
                        "Management", "Specialists", "Staff"};
    aldermoor.team = {{"Ruth Okonkwo", "Key Account Manager", TeamRole::AccountManager},
                      {"Tobias Meyer", "Technical Consultant", TeamRole::Specialist},
                      {"Eva Jansen", "Finance Specialist", TeamRole::Specialist},
                      {"Helena Voss", "Senior Director, Key Accounts", TeamRole::Mentor}};
    aldermoor.keyPeople = {
        {"Maja Lund", "Chief Executive", 0, 0, DR::DecisionMaker, AT::Neutral, {}, false},
        {"Emeka Oyelaran",
         "Director of Estates",
         4,
         1,
         DR::PowerInfluencer,
         AT::Supporter,
         {},
         false},
        {"Nadia Idris", "Head of Procurement", 3, 2, DR::Gatekeeper, AT::Sceptic, "Meridian Logic",
         true},
        {"Pieter Achterberg", "Logistics Manager", 4, 3, DR::Coach, AT::Champion, {}, false},
    };
    aldermoor.clientPeople = 16;
    aldermoor.teamLinksPerMember = 5;
    aldermoor.clientWorkingLines = 12;
    aldermoor.influenceLines = 6;
    aldermoor.allianceLines = 4;
    aldermoor.tensionLines = 2;
    aldermoor.wallBetween[0] = 1; // clinical services and finance
    aldermoor.wallBetween[1] = 2;
    aldermoor.lastReviewDaysAgo = 40;
    aldermoor.scores = {5, 9, 4, 8, 7, 4, 2, 5, 0}; // one criterion not scored yet
    specs.append(aldermoor);

    AccountSpec kestrel;
    kestrel.name = QStringLiteral("Kestrel Foods");
    kestrel.industry = QStringLiteral("Food manufacturing");
    kestrel.emailDomain = QStringLiteral("kestrelfoods.example");
    kestrel.annualSales = 310'000;
    kestrel.profitability = 22;
    kestrel.potential3y = 450'000;
    kestrel.stage = LifecycleStage::Presale;
    kestrel.cadenceMonths = 6;
    kestrel.departments = {"Management", "Production", "Quality", "Purchasing"};
    kestrel.levels = {"Owners", "Directors", "Managers", "Supervisors", "Specialists", "Staff"};
    kestrel.team = {{"Paul Weber", "Account Manager", TeamRole::AccountManager},
                    {"Nora Virtanen", "Support Lead", TeamRole::Specialist},
                    {"Helena Voss", "Senior Director, Key Accounts", TeamRole::Mentor}};
    kestrel.keyPeople = {
        {"Oskar Berg",
         "Owner and Managing Director",
         0,
         0,
         DR::DecisionMaker,
         AT::Supporter,
         {},
         false},
        {"Hanna Holm", "Production Director", 1, 1, DR::PowerInfluencer, AT::Neutral, {}, false},
        {"Felix Vogel", "Purchasing Manager", 3, 2, DR::Gatekeeper, AT::Neutral, {}, true},
    };
    kestrel.clientPeople = 11;
    kestrel.teamLinksPerMember = 5;
    kestrel.clientWorkingLines = 8;
    kestrel.influenceLines = 4;
    kestrel.allianceLines = 2;
    kestrel.tensionLines = 1;
    kestrel.wallBetween[0] = -1;
    kestrel.wallBetween[1] = -1;
    kestrel.lastReviewDaysAgo = 0; // never reviewed
    kestrel.scores = {3, 4, 6, 4, 3, 6, 3, 8, 5};
    specs.append(kestrel);
    return specs;
}

struct DemoCriterion
{
    const char *name;
    const char *description;
    const char *axis;
    double weight;
};

const QList<DemoCriterion> demoCriteria{
    {"Sales volume", "Annual sales to the account today", "attractiveness", 20},
    {"Growth potential", "Realistic growth over three years", "attractiveness", 25},
    {"Profitability", "Margin after cost to serve", "attractiveness", 20},
    {"Strategic fit", "Fit with our products and direction", "attractiveness", 20},
    {"Prestige and reference value", "Value as a public reference", "attractiveness", 15},
    {"Relationship quality", "Breadth and depth of our relationships", "strength", 30},
    {"Share of wallet", "Our share of their spend in our category", "strength", 25},
    {"Ease of doing business", "Processes, payment, decision speed", "strength", 20},
    {"Solution fit as they see it", "How the customer rates our offer", "strength", 25},
};

class Writer
{
public:
    Writer(QSqlDatabase db, const QDate &today)
        : m_db(std::move(db)), m_today(today), m_rng(0x4B696E6773696465ULL),
          m_stamp(QDateTime(today, QTime(9, 0), Qt::UTC).toString(Qt::ISODate))
    {}

    bool run(QString *error);

private:
    bool exec(const QString &statement, const QVariantList &values);
    // A row written by the store that owns its table: `write` gets the error to fill and
    // returns the new id (or true); the first failure stops the demo.
    template <typename Write>
    qint64 store(Write &&write)
    {
        if (!m_error.isEmpty())
            return 0;
        QString error;
        const qint64 id = qint64(write(&error));
        if (id <= 0)
            m_error = error.isEmpty() ? QStringLiteral("The demo could not be written.") : error;
        return id;
    }
    QString date(int daysAgo) const { return m_today.addDays(-daysAgo).toString(Qt::ISODate); }
    bool writeAccount(const AccountSpec &spec, int index);
    bool addLine(qint64 accountId, qint64 from, qint64 to, RelationshipKind kind, int strength,
                 const QVariant &lastContact);

    QSqlDatabase m_db;
    AccountStore m_accounts{m_db};
    PersonStore m_people{m_db};
    PlanStore m_plans{m_db};
    ScoringStore m_scoring{m_db};
    QDate m_today;
    Rng m_rng;
    QString m_stamp; // creation time of every row: the same for the same `today`
    QString m_error;
    QHash<QString, qint64> m_competitors;
    QList<qint64> m_products;
    QList<qint64> m_criteria;
    QSet<QString> m_lines;
    int m_lineCount = 0;
};

bool Writer::exec(const QString &statement, const QVariantList &values)
{
    if (!m_error.isEmpty())
        return false;
    return Sql::run(m_db, statement, values, &m_error);
}

bool Writer::addLine(qint64 accountId, qint64 from, qint64 to, RelationshipKind kind, int strength,
                     const QVariant &lastContact)
{
    if (from == to)
        return false;
    const qint64 low = isDirected(kind) ? from : std::min(from, to);
    const qint64 high = isDirected(kind) ? to : std::max(from, to);
    const QString key = QStringLiteral("%1-%2-%3").arg(low).arg(high).arg(int(kind));
    if (m_lines.contains(key))
        return false;
    m_lines.insert(key);
    const QString &now = m_stamp;
    Relationship line;
    line.accountId = accountId;
    line.fromId = from;
    line.toId = to;
    line.kind = kind;
    line.strength = strength;
    line.lastContact = QDate::fromString(lastContact.toString(), Qt::ISODate);
    store([&](QString *error) { return m_people.insertRelationship(line, error, now); });
    ++m_lineCount;
    return true;
}

bool Writer::run(QString *error)
{
    exec(QStringLiteral("INSERT INTO workspace_info (key, value) VALUES ('demo', ?)"),
         {m_today.toString(Qt::ISODate)});
    for (const QString &name :
         {QStringLiteral("Corvane Systems"), QStringLiteral("Meridian Logic")})
        m_competitors.insert(name, store([&](QString *error) {
                                 return m_accounts.insertCompetitor(
                                     0, name, error,
                                     QStringLiteral("Main rival in logistics software"));
                             }));
    for (const QString &name : {QStringLiteral("FleetPlan"), QStringLiteral("RouteIQ"),
                                QStringLiteral("CargoSense"), QStringLiteral("PortLink")})
        m_products.append(
            store([&](QString *error) { return m_accounts.insertProduct(0, name, error); }));
    int position = 0;
    for (const DemoCriterion &spec : demoCriteria) {
        Kingside::Criterion criterion;
        criterion.name = QString::fromUtf8(spec.name);
        criterion.description = QString::fromUtf8(spec.description);
        criterion.axis =
            scoringAxisFromCode(QString::fromLatin1(spec.axis)).value_or(ScoringAxis::Strength);
        criterion.weight = spec.weight;
        criterion.position = position++;
        m_criteria.append(
            store([&](QString *error) { return m_scoring.insertCriterion(criterion, error); }));
    }
    const QList<AccountSpec> specs = demoAccounts();
    for (int i = 0; i < specs.size(); ++i) {
        if (!writeAccount(specs[i], i))
            break;
    }
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    return true;
}

bool Writer::writeAccount(const AccountSpec &spec, int index)
{
    const QString &now = m_stamp;
    Account account;
    account.name = spec.name;
    account.industry = spec.industry;
    account.annualSales = spec.annualSales;
    account.profitability = spec.profitability;
    account.potential3y = spec.potential3y;
    account.stage = spec.stage;
    account.reviewCadenceMonths = spec.cadenceMonths;
    account.freshnessDays = 90;
    account.businessObjectives =
        QStringLiteral("Cut cost per shipment, modernise planning systems, meet emission targets.");
    account.buyingProcess =
        QStringLiteral("Business case from operations, technical evaluation by IT, commercial "
                       "approval by finance and procurement, final decision by the CEO.");
    account.notes = QStringLiteral("Demo account");
    const qint64 accountId =
        store([&](QString *error) { return m_accounts.insertAccount(account, error, now); });
    if (accountId <= 0)
        return false;
    QList<qint64> departments;
    for (int i = 0; i < spec.departments.size(); ++i)
        departments.append(store([&](QString *error) {
            return m_accounts.insertDepartment({0, accountId, spec.departments[i], i}, error);
        }));
    QList<qint64> levels;
    for (int i = 0; i < spec.levels.size(); ++i)
        levels.append(store([&](QString *error) {
            return m_accounts.insertLevel({0, accountId, spec.levels[i], i + 1}, error);
        }));
    if (!m_error.isEmpty())
        return false;
    if (spec.wallBetween[0] >= 0) {
        Wall wall;
        wall.accountId = accountId;
        wall.kind = WallKind::Department;
        wall.a = departments[spec.wallBetween[0]];
        wall.b = departments[spec.wallBetween[1]];
        wall.notes = QStringLiteral("These departments do not talk to each other.");
        store([&](QString *error) { return m_accounts.insertWall(wall, error); });
    }
    const auto addPerson = [&](const Person &person) {
        return store([&](QString *error) { return m_people.insertPerson(person, error, now); });
    };

    // Our team.
    QList<qint64> team;
    qint64 mentor = 0;
    for (const TeamMember &member : spec.team) {
        Person person;
        person.accountId = accountId;
        person.side = Side::Team;
        person.name = member.name;
        person.title = member.title;
        person.email = emailFor(member.name, QStringLiteral("aurora-software.example"));
        person.phone = QStringLiteral("+47 555 01%1").arg(100 + team.size());
        person.teamRole = member.role;
        const qint64 id = addPerson(person);
        if (member.role == TeamRole::Mentor)
            mentor = id;
        else
            team.append(id);
    }

    // The client: key people first, then the rest as a pyramid per department that
    // leaves some squares empty (whitespace).
    struct Placed
    {
        qint64 id;
        int department;
        int level;
        DecisionRole role;
        Attitude attitude;
        bool singleThreaded;
    };
    QList<Placed> client;
    QSet<QString> usedNames;
    QSet<QString> occupied;
    for (const KeyPerson &key : spec.keyPeople) {
        usedNames.insert(key.name);
        Person person;
        person.accountId = accountId;
        person.name = key.name;
        person.title = key.title;
        person.email = emailFor(key.name, spec.emailDomain);
        person.phone = QStringLiteral("+47 555 2%1").arg(1000 + client.size() + 50 * index);
        person.departmentId = departments[key.department];
        person.levelId = levels[key.level];
        person.decisionRole = key.role;
        person.attitude = key.attitude;
        person.competitorId = key.competitor.isEmpty() ? 0 : m_competitors.value(key.competitor);
        const qint64 id = addPerson(person);
        client.append({id, key.department, key.level, key.role, key.attitude, key.singleThreaded});
        occupied.insert(QStringLiteral("%1/%2").arg(key.department).arg(key.level));
    }
    const int levelCount = int(spec.levels.size());
    const int departmentCount = int(spec.departments.size());
    // The last department gets people at the lower levels only: visible whitespace.
    while (client.size() < spec.clientPeople) {
        const int department = m_rng.below(departmentCount);
        // Lower levels hold more people.
        int level = 2 + std::max(m_rng.below(levelCount - 2), m_rng.below(levelCount - 2));
        if (department == departmentCount - 1 && level < levelCount - 2)
            level = levelCount - 2 + m_rng.below(2);
        if (department == 0 && level > 3)
            continue; // the corporate office has no staff levels
        QString name;
        do {
            name = m_rng.pick(firstNames) + QLatin1Char(' ') + m_rng.pick(lastNames);
        } while (usedNames.contains(name));
        usedNames.insert(name);
        const int attitudeRoll = m_rng.below(100);
        const Attitude attitude = attitudeRoll < 12   ? Attitude::Champion
                                  : attitudeRoll < 38 ? Attitude::Supporter
                                  : attitudeRoll < 78 ? Attitude::Neutral
                                  : attitudeRoll < 92 ? Attitude::Sceptic
                                                      : Attitude::Opponent;
        const DecisionRole role = m_rng.chance(8)    ? DecisionRole::Specifier
                                  : m_rng.chance(60) ? DecisionRole::User
                                                     : DecisionRole::None;
        Person person;
        person.accountId = accountId;
        person.name = name;
        person.title = levelTitle(spec.departments[department], level, levelCount);
        person.email = emailFor(name, spec.emailDomain);
        person.phone = QStringLiteral("+47 555 3%1").arg(1000 + client.size() + 100 * index);
        person.departmentId = departments[department];
        person.levelId = levels[level];
        person.decisionRole = role;
        person.attitude = attitude;
        const qint64 id = addPerson(person);
        client.append({id, department, level, role, attitude, false});
    }

    auto walled = [&spec](int a, int b) {
        return spec.wallBetween[0] >= 0 &&
               ((a == spec.wallBetween[0] && b == spec.wallBetween[1]) ||
                (a == spec.wallBetween[1] && b == spec.wallBetween[0]));
    };
    auto contactDate = [this](int maxDaysAgo) -> QVariant {
        if (m_rng.chance(6))
            return Sql::textOrNull({}); // never met
        return date(m_rng.below(maxDaysAgo));
    };

    // Products: users and specifiers. The third product's users and specifiers are kept
    // apart below (no line between them), which the analysis reports.
    QSet<qint64> apartA;
    QSet<qint64> apartB;
    for (int p = 0; p < m_products.size() && p < 3; ++p) {
        store([&](QString *error) {
            return m_accounts.linkProduct(accountId, m_products[p], error);
        });
        for (const Placed &person : client) {
            const int affinity = (person.department + p) % departmentCount;
            QString role;
            if (person.role == DecisionRole::Specifier && affinity % 3 == 0)
                role = QStringLiteral("specifier");
            else if (person.role == DecisionRole::User && affinity % 2 == 0)
                role = QStringLiteral("user");
            if (role.isEmpty())
                continue;
            store([&](QString *error) {
                return m_people.setProductRole(
                    person.id, m_products[p],
                    enumFromCode<ProductRole>(role).value_or(ProductRole::User), true, error);
            });
            if (p == 2)
                (role == QLatin1String("user") ? apartA : apartB).insert(person.id);
        }
    }
    auto keptApart = [&](qint64 a, qint64 b) {
        return (apartA.contains(a) && apartB.contains(b)) ||
               (apartA.contains(b) && apartB.contains(a));
    };

    // Reporting lines: to someone in the same department one or more levels up, else to
    // the top of the organisation.
    const qint64 top = client.first().id;
    for (const Placed &person : client) {
        if (person.id == top)
            continue;
        QList<const Placed *> bosses;
        for (int up = person.level - 1; up >= 0 && bosses.isEmpty(); --up) {
            for (const Placed &candidate : client) {
                if (candidate.department == person.department && candidate.level == up)
                    bosses.append(&candidate);
            }
        }
        qint64 boss = top;
        if (bosses.isEmpty()) {
            boss = person.level <= 1 ? top : client.at(1).id;
        } else {
            // The product whose users and specifiers never meet keeps them apart here too:
            // the next candidate serves (the same random draws, so the demo stays stable).
            const int first = m_rng.below(int(bosses.size()));
            boss = 0;
            for (int n = 0; n < bosses.size() && boss == 0; ++n) {
                const qint64 candidate = bosses.at((first + n) % bosses.size())->id;
                if (!keptApart(candidate, person.id))
                    boss = candidate;
            }
            if (boss == 0)
                boss = keptApart(top, person.id) ? client.at(1).id : top;
        }
        if (boss != person.id)
            addLine(accountId, person.id, boss, RelationshipKind::Reporting, 3,
                    date(m_rng.below(30)));
    }

    // Our team's lines. The King and the Queen are scripted; single-threaded key people
    // get exactly one team member.
    const int keyCount = int(spec.keyPeople.size());
    for (int k = 0; k < keyCount; ++k) {
        const Placed &person = client[k];
        if (person.singleThreaded) {
            const qint64 member = team[k % team.size()];
            addLine(accountId, member, person.id, RelationshipKind::Working, 4, date(20 + k));
        } else if (k == 0) {
            // The King: known to the sponsor, but not strongly and not lately: in check.
            addLine(accountId, team.value(1, team[0]), person.id, RelationshipKind::Working, 3,
                    date(125));
            addLine(accountId, team[0], person.id, RelationshipKind::Working, 2, date(40));
        } else {
            addLine(accountId, team[0], person.id, RelationshipKind::Working, 5, date(8 + k));
            for (int extra = 0; extra < 2; ++extra)
                addLine(accountId, team[m_rng.below(int(team.size()))], person.id,
                        RelationshipKind::Working, 2 + m_rng.below(4), contactDate(160));
        }
    }
    for (int t = 0; t < team.size(); ++t) {
        const int links = t == 0 ? spec.teamLinksPerMember * 2 : spec.teamLinksPerMember;
        for (int n = 0; n < links; ++n) {
            const Placed &person = client[keyCount + m_rng.below(int(client.size()) - keyCount)];
            const int strength = 1 + std::min(m_rng.below(5), m_rng.below(5) + 1);
            addLine(accountId, team[t], person.id, RelationshipKind::Working, strength,
                    contactDate(t == 0 ? 120 : 200));
        }
    }

    // Client to client lines.
    auto clientLines = [&](int count, RelationshipKind kind) {
        int made = 0;
        for (int attempt = 0; made < count && attempt < count * 20; ++attempt) {
            const Placed &a = client[m_rng.below(int(client.size()))];
            const Placed &b = client[m_rng.below(int(client.size()))];
            const bool crossesWall = walled(a.department, b.department);
            if (a.id == b.id || keptApart(a.id, b.id))
                continue;
            if (kind == RelationshipKind::Tension) {
                if (!crossesWall && int(a.attitude) / 2 == int(b.attitude) / 2)
                    continue;
            } else if (crossesWall) {
                continue;
            }
            if (kind == RelationshipKind::Working && std::abs(a.department - b.department) > 1)
                continue;
            if (kind == RelationshipKind::Alliance &&
                std::abs(int(a.attitude) - int(b.attitude)) > 1)
                continue;
            const Placed &from = kind == RelationshipKind::Influence && a.level < b.level ? b : a;
            const Placed &to = &from == &a ? b : a;
            if (addLine(accountId, from.id, to.id, kind, 2 + m_rng.below(3), contactDate(90)))
                ++made;
        }
    };
    clientLines(spec.clientWorkingLines, RelationshipKind::Working);
    clientLines(spec.influenceLines, RelationshipKind::Influence);
    clientLines(spec.allianceLines, RelationshipKind::Alliance);
    clientLines(spec.tensionLines, RelationshipKind::Tension);

    // Competitors active in the account.
    for (auto it = m_competitors.cbegin(); it != m_competitors.cend(); ++it)
        store([&](QString *error) {
            return m_accounts.linkCompetitor(
                accountId,
                {it.value(), QStringLiteral("Pitching a replacement platform to IT and finance.")},
                error);
        });

    // Selection scores.
    for (int c = 0; c < m_criteria.size() && c < spec.scores.size(); ++c) {
        if (spec.scores[c] > 0)
            store([&](QString *error) {
                return m_scoring.writeScore({accountId, m_criteria[c], spec.scores[c], {}}, error);
            });
    }

    // The plan.
    Plan plan;
    plan.accountId = accountId;
    plan.strategy = QStringLiteral("Become the customer's partner for planning and fleet "
                                   "operations; win the finance function over with a joint "
                                   "business case.");
    plan.competitorNotes = QStringLiteral("Corvane Systems courts IT with a platform replacement.");
    plan.revenuePlanned = spec.annualSales * 1.3;
    plan.profitPlanned = spec.annualSales * spec.profitability / 100.0 * 1.4;
    plan.updatedAt = now;
    store([&](QString *error) { return m_plans.insertPlan(plan, error); });
    const QList<LifecycleStage> stages = allValues<LifecycleStage>();
    for (int s = 0; s <= int(stages.indexOf(spec.stage)); ++s)
        store([&](QString *error) {
            return m_plans.insertLifecycleEntry(
                accountId, {0, stages[s], m_today.addDays(-(900 - 200 * s))}, error);
        });
    const auto addObjective = [&](ObjectiveKind kind, const QString &title, const QString &measure,
                                  const QDate &target, TrafficLight light, int position) {
        return store([&](QString *error) {
            return m_plans.insertObjective(
                {0, accountId, kind, title, measure, target, light, position}, error);
        });
    };
    const qint64 visionary = addObjective(
        ObjectiveKind::Visionary,
        QStringLiteral("Be the customer's first call for planning and operations software"),
        QStringLiteral("Invited to every strategic IT and operations tender"), m_today.addYears(3),
        TrafficLight::Green, 0);
    const qint64 relationship =
        addObjective(ObjectiveKind::Relationship,
                     QStringLiteral("A strong, fresh relationship with the final decision maker"),
                     QStringLiteral("Strength 4+ and contact within 90 days"), m_today.addMonths(6),
                     TrafficLight::Red, 1);
    addObjective(ObjectiveKind::Commercial, QStringLiteral("Grow annual sales by 30 %"),
                 QStringLiteral("Invoiced sales over the next twelve months"), m_today.addYears(1),
                 TrafficLight::Amber, 2);
    const auto addAction = [&](const QString &title, qint64 owner, int dueDaysAgo,
                               ActionStatus status, const QDate &done, qint64 objective,
                               qint64 person) {
        PlanAction action;
        action.accountId = accountId;
        action.title = title;
        action.ownerId = owner;
        action.dueDate = m_today.addDays(-dueDaysAgo);
        action.status = status;
        action.doneDate = done;
        action.objectiveId = objective;
        action.personId = person;
        action.createdAt = now;
        store([&](QString *error) { return m_plans.insertAction(action, error); });
    };
    const qint64 king = client[0].id;
    const qint64 queen = client.value(1, client[0]).id;
    addAction(QStringLiteral("Executive briefing with the CEO"), team.value(1, team[0]), -21,
              ActionStatus::Open, {}, relationship, king);
    addAction(QStringLiteral("Joint business case with finance"), team[0], 12,
              ActionStatus::InProgress, {}, visionary, client.value(2, client[0]).id);
    addAction(QStringLiteral("Quarterly service review"), team.value(2, team[0]), 60,
              ActionStatus::Done, m_today.addDays(-58), 0, queen);
    addAction(QStringLiteral("Introduce our architect to the specifiers"), team.value(2, team[0]),
              -35, ActionStatus::Open, {}, 0, 0);
    addAction(QStringLiteral("Second contact in procurement"), team[0], 5, ActionStatus::Open, {},
              relationship, 0);
    for (int t = 0; t < team.size(); ++t) {
        if (t % 4 != 3) // not everybody has agreed yet
            store([&](QString *error) {
                return m_plans.insertAgreement(accountId, {0, team[t], {}, 1, date(100 - t)},
                                               error);
            });
    }

    // Two past mentor reviews, six months apart in the largest account's rhythm.
    if (spec.lastReviewDaysAgo > 0 && mentor > 0) {
        const QString mentorName = spec.team.last().name;
        const QList<int> reviewDays{spec.lastReviewDaysAgo + 91, spec.lastReviewDaysAgo};
        const QList<ReviewSection> sections{ReviewSection::Relationships, ReviewSection::Objectives,
                                            ReviewSection::Actions, ReviewSection::KeyInformation,
                                            ReviewSection::Overall};
        for (int r = 0; r < reviewDays.size(); ++r) {
            Review review;
            review.accountId = accountId;
            review.date = m_today.addDays(-reviewDays[r]);
            review.reviewerId = mentor;
            review.reviewerName = mentorName;
            review.kind = ReviewKind::Plan;
            review.summary = r == 0 ? QStringLiteral("Good operational relationships; the top of "
                                                     "the organisation is thin.")
                                    : QStringLiteral("Progress with operations; the CEO line is "
                                                     "still weak and procurement single-threaded.");
            review.createdAt = now;
            const QList<TrafficLight> lights =
                r == 0 ? QList<TrafficLight>{TrafficLight::Amber, TrafficLight::Green,
                                             TrafficLight::Green, TrafficLight::Amber,
                                             TrafficLight::Amber}
                       : QList<TrafficLight>{TrafficLight::Red, TrafficLight::Amber,
                                             TrafficLight::Amber, TrafficLight::Green,
                                             TrafficLight::Amber};
            for (int s = 0; s < sections.size(); ++s)
                review.lights.insert(sections[s], lights[s]);
            const qint64 reviewId =
                store([&](QString *error) { return m_plans.insertReview(review, error); });
            const auto addComment = [&](CommentTarget target, qint64 targetId, const QString &label,
                                        const QString &body) {
                ReviewComment comment;
                comment.accountId = accountId;
                comment.reviewId = reviewId;
                comment.target = target;
                comment.targetId = targetId;
                comment.targetLabel = label;
                comment.author = mentorName;
                comment.body = body;
                comment.createdAt = date(reviewDays[r]);
                store([&](QString *error) { return m_plans.insertComment(comment, error); });
            };
            addComment(CommentTarget::Person, king, spec.keyPeople.first().name,
                       r == 0 ? QStringLiteral("Who of us speaks to the CEO at her level? Ask "
                                               "Marcus to take this on.")
                              : QStringLiteral("Still no strong line to the CEO. Make the "
                                               "executive briefing happen this quarter."));
            addComment(CommentTarget::Plan, 0, QStringLiteral("Plan"),
                       QStringLiteral("The plan reflects our values: we sell outcomes, not "
                                      "licences."));
        }
    }
    return m_error.isEmpty();
}

} // namespace

QString DemoBuilder::largestAccountName()
{
    return QStringLiteral("Halvorsen Maritime Group");
}

bool DemoBuilder::populate(Workspace &workspace, const QDate &today, QString *error)
{
    TransactionGuard transaction(workspace.database());
    Writer writer(workspace.database(), today);
    // Either step may fail on a full disk; the user reads a sentence, not SQLite's words.
    if (!writer.run(error) ||
        // Snapshots for the past reviews, so that the demo can compare them.
        !DemoHistory::write(workspace.database(), today, error)) {
        *error = SqlErrors::explain(*error);
        return false;
    }
    if (!transaction.commit()) {
        *error =
            QCoreApplication::translate("Kingside::DemoBuilder", "The demo could not be saved: %1")
                .arg(transaction.errorText());
        return false;
    }
    workspace.announce({Change::Entity::Everything, Change::Kind::Modified, 0, 0});
    return true;
}

bool DemoBuilder::write(const QString &path, const QDate &today, QString *error)
{
    Workspace workspace;
    if (!workspace.create(path)) {
        *error = workspace.errorString();
        return false;
    }
    if (!populate(workspace, today, error)) {
        workspace.close();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return false;
    }
    workspace.close();
    return true;
}

} // namespace Kingside
