// The process TestCrash kills: random edits through Workspace::execute() on one account of a
// workspace, for ever. Before each edit it prints what it is about to write ("intent …"),
// after the edit committed it prints "done"; each line is written with one write(2), so the
// parent reads exactly what was said before the SIGKILL. Fields are tab-separated.
//
//   CrashChild WORKSPACE ACCOUNT_ID SEED
//
// Names it gives are unique (P<seed>_<n> for people, I<seed>_<n> for imports), so the parent
// can find every row by name. Exit 3 when an edit fails: every edit it tries is valid.
#include "commands/AddPerson.h"
#include "commands/AddRelationship.h"
#include "commands/MovePiece.h"
#include "commands/RemovePerson.h"
#include "commands/SetProperties.h"
#include "exchange/ApplyImport.h"
#include "exchange/ImportPlanner.h"
#include "workspace/AccountStore.h"
#include "workspace/Sql.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <cstdio>
#include <unistd.h>

using namespace Kingside;

namespace {

void say(const QStringList &fields)
{
    const QByteArray line = fields.join(QLatin1Char('\t')).toUtf8() + '\n';
    qsizetype written = 0;
    while (written < line.size()) {
        const ssize_t n =
            ::write(STDOUT_FILENO, line.constData() + written, size_t(line.size() - written));
        if (n <= 0)
            std::_Exit(4);
        written += n;
    }
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "CrashChild: %s\n", qPrintable(why));
    std::fflush(stderr);
    std::_Exit(3);
}

// As stored; in the order of RelationshipKind.
const QStringList &kindNames()
{
    static const QStringList names{QStringLiteral("working"), QStringLiteral("reporting"),
                                   QStringLiteral("influence"), QStringLiteral("alliance"),
                                   QStringLiteral("tension")};
    return names;
}

struct Line
{
    QString from;
    QString to;
    int kind = 0;
};

class Child
{
public:
    Child(Workspace &workspace, qint64 accountId, quint32 seed)
        : m_ws(workspace), m_accountId(accountId), m_seed(seed), m_random(seed)
    {}

    void load();
    void step();

private:
    int pick(int n) { return int(m_random.bounded(quint32(n))); }
    qint64 anyDepartment() { return m_departments.at(pick(int(m_departments.size()))); }
    qint64 anyLevel() { return m_levels.at(pick(int(m_levels.size()))); }
    QString anyPerson() { return m_names.at(pick(int(m_names.size()))); }
    void run(WorkspaceCommand *command, const QString &what);

    void addPerson();
    void addLine();
    void movePiece();
    void setProperties();
    void setStrength();
    void removePerson();
    void import();

    Workspace &m_ws;
    qint64 m_accountId;
    quint32 m_seed;
    QRandomGenerator m_random;
    int m_counter = 0;
    QList<qint64> m_departments;
    QList<qint64> m_levels;
    QStringList m_names;          // our people (P…), alive
    QHash<QString, qint64> m_ids; // name → id
    QHash<QString, Line> m_lines; // "from\tto\tkind" → line
    QHash<QString, qint64> m_lineIds;
};

void Child::load()
{
    const AccountStore store(m_ws.database());
    for (const Department &department : store.departments(m_accountId))
        m_departments.append(department.id);
    for (const Level &level : store.levels(m_accountId))
        m_levels.append(level.id);
    if (m_departments.isEmpty() || m_levels.isEmpty())
        die(QStringLiteral("the account has no board"));
    Sql::forEachRow(m_ws.database(),
                    QStringLiteral("SELECT id, name FROM people WHERE account_id = ? AND name "
                                   "LIKE 'P%'"),
                    {m_accountId}, [this](const QSqlQuery &query) {
                        const QString name = query.value(1).toString();
                        m_names.append(name);
                        m_ids.insert(name, query.value(0).toLongLong());
                    });
    Sql::forEachRow(m_ws.database(),
                    QStringLiteral("SELECT r.id, f.name, t.name, r.kind FROM relationships r "
                                   "JOIN people f ON f.id = r.from_id JOIN people t ON t.id = "
                                   "r.to_id WHERE r.account_id = ?"),
                    {m_accountId}, [this](const QSqlQuery &query) {
                        const Line line{query.value(1).toString(), query.value(2).toString(),
                                        int(kindNames().indexOf(query.value(3).toString()))};
                        const QString key =
                            QStringList{line.from, line.to, QString::number(line.kind)}.join(
                                QLatin1Char('\t'));
                        m_lines.insert(key, line);
                        m_lineIds.insert(key, query.value(0).toLongLong());
                    });
}

void Child::run(WorkspaceCommand *command, const QString &what)
{
    if (!m_ws.execute(command))
        die(QStringLiteral("%1 failed: %2").arg(what, m_ws.errorString()));
    say({QStringLiteral("done")});
}

void Child::addPerson()
{
    Person person;
    person.accountId = m_accountId;
    person.name = QStringLiteral("P%1_%2").arg(m_seed).arg(++m_counter);
    person.departmentId = anyDepartment();
    person.levelId = anyLevel();
    person.title = QStringLiteral("t0");
    person.notes = QStringLiteral("n0");
    say({QStringLiteral("intent"), QStringLiteral("person"), person.name,
         QString::number(person.departmentId), QString::number(person.levelId)});
    auto *command = new AddPerson(&m_ws, person);
    run(command, QStringLiteral("AddPerson"));
    qint64 id = Sql::scalar(m_ws.database(), QStringLiteral("SELECT id FROM people WHERE name = ?"),
                            {person.name})
                    .value_or(0)
                    .toLongLong();
    m_names.append(person.name);
    m_ids.insert(person.name, id);
}

void Child::addLine()
{
    if (m_names.size() < 2)
        return addPerson();
    Line line{anyPerson(), anyPerson(), pick(5)};
    if (line.from == line.to)
        return;
    const QString key =
        QStringList{line.from, line.to, QString::number(line.kind)}.join(QLatin1Char('\t'));
    if (m_lines.contains(key))
        return;
    // An undirected line from B to A is the same line as one from A to B: the model
    // refuses it, so the child does not ask.
    const QString reversed =
        QStringList{line.to, line.from, QString::number(line.kind)}.join(QLatin1Char('\t'));
    if (!isDirected(RelationshipKind(line.kind)) && m_lines.contains(reversed))
        return;
    Relationship relationship;
    relationship.accountId = m_accountId;
    relationship.fromId = m_ids.value(line.from);
    relationship.toId = m_ids.value(line.to);
    relationship.kind = RelationshipKind(line.kind);
    relationship.strength = 1 + pick(5);
    say({QStringLiteral("intent"), QStringLiteral("line"), line.from, line.to,
         kindNames().at(line.kind), QString::number(relationship.strength)});
    auto *command = new AddRelationship(&m_ws, relationship);
    run(command, QStringLiteral("AddRelationship"));
    m_lines.insert(key, line);
    m_lineIds.insert(
        key, Sql::scalar(m_ws.database(),
                         QStringLiteral("SELECT id FROM relationships WHERE "
                                        "from_id = ? AND to_id = ? AND kind = ?"),
                         {relationship.fromId, relationship.toId, kindNames().at(line.kind)})
                 .value_or(0)
                 .toLongLong());
}

void Child::movePiece()
{
    if (m_names.isEmpty())
        return addPerson();
    const QString name = anyPerson();
    const qint64 department = anyDepartment();
    const qint64 level = anyLevel();
    say({QStringLiteral("intent"), QStringLiteral("move"), name, QString::number(department),
         QString::number(level)});
    run(new MovePiece(&m_ws, m_ids.value(name), department, level, name),
        QStringLiteral("MovePiece"));
}

void Child::setProperties()
{
    if (m_names.isEmpty())
        return addPerson();
    const QString name = anyPerson();
    // Title and notes change together in one edit: the parent sees both or neither.
    const QString title = QStringLiteral("t%1_%2").arg(m_seed).arg(++m_counter);
    const QString notes = QStringLiteral("n%1_%2").arg(m_seed).arg(m_counter);
    say({QStringLiteral("intent"), QStringLiteral("props"), name, title, notes});
    run(new SetProperties(&m_ws, Change::Entity::Person, m_ids.value(name),
                          {{QStringLiteral("title"), title}, {QStringLiteral("notes"), notes}},
                          QStringLiteral("Edit person")),
        QStringLiteral("SetProperties"));
}

void Child::setStrength()
{
    if (m_lines.isEmpty())
        return addLine();
    const QStringList keys = m_lines.keys();
    const QString key = keys.at(pick(int(keys.size())));
    const Line line = m_lines.value(key);
    const int strength = 1 + pick(5);
    say({QStringLiteral("intent"), QStringLiteral("strength"), line.from, line.to,
         kindNames().at(line.kind), QString::number(strength)});
    run(new SetProperties(&m_ws, Change::Entity::Relationship, m_lineIds.value(key),
                          {{QStringLiteral("strength"), strength}},
                          QStringLiteral("Edit strength")),
        QStringLiteral("SetProperties (strength)"));
}

void Child::removePerson()
{
    if (m_names.size() < 3)
        return addPerson();
    const QString name = anyPerson();
    say({QStringLiteral("intent"), QStringLiteral("remove"), name});
    run(new RemovePerson(&m_ws, m_ids.value(name), name), QStringLiteral("RemovePerson"));
    m_names.removeOne(name);
    m_ids.remove(name);
    for (auto it = m_lines.begin(); it != m_lines.end();) {
        if (it->from == name || it->to == name) {
            m_lineIds.remove(it.key());
            it = m_lines.erase(it);
        } else {
            ++it;
        }
    }
}

// The import path of `kingside import` and the import dialog: records, ImportPlanner, then
// ApplyImport through execute(), one transaction for the whole batch.
void Child::import()
{
    const QString tag = QStringLiteral("I%1_%2").arg(m_seed).arg(++m_counter);
    const int count = 5 + pick(36);
    QList<ContactRecord> records;
    for (int i = 0; i < count; ++i) {
        ContactRecord record;
        record.line = i + 2;
        record.name = QStringLiteral("%1_%2").arg(tag).arg(i);
        record.title = QStringLiteral("Imported");
        record.notes = QStringLiteral("batch:%1").arg(tag);
        records.append(record);
    }
    const QString accountName =
        Sql::scalar(m_ws.database(), QStringLiteral("SELECT name FROM accounts WHERE id = ?"),
                    {m_accountId})
            .value_or(QString())
            .toString();
    ImportOptions options;
    options.accountName = accountName;
    options.fileName = tag + QStringLiteral(".csv");
    options.anyCompany = true;
    const ImportPlan plan = ImportPlanner::plan(m_ws.database(), records, options);
    if (!plan.error.isEmpty() || plan.count(ImportPlan::Outcome::Added) != count)
        die(QStringLiteral("the import plan is not %1 additions: %2 %3")
                .arg(count)
                .arg(plan.error, plan.report()));
    say({QStringLiteral("intent"), QStringLiteral("import"), tag, QString::number(count)});
    run(new ApplyImport(&m_ws, plan), QStringLiteral("ApplyImport"));
}

void Child::step()
{
    const int roll = pick(100);
    if (roll < 25)
        addPerson();
    else if (roll < 45)
        addLine();
    else if (roll < 60)
        movePiece();
    else if (roll < 75)
        setProperties();
    else if (roll < 83)
        setStrength();
    else if (roll < 91)
        removePerson();
    else
        import();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 4)
        die(QStringLiteral("usage: CrashChild WORKSPACE ACCOUNT_ID SEED"));
    Workspace workspace;
    if (!workspace.open(arguments.at(1)))
        die(workspace.errorString());
    Child child(workspace, arguments.at(2).toLongLong(), arguments.at(3).toUInt());
    child.load();
    say({QStringLiteral("ready")});
    for (int i = 0; i < 1000000; ++i)
        child.step();
    return 0;
}
