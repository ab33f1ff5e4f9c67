#include "WorkspaceFuzz.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisStore.h"
#include "commands/AddAccount.h"
#include "commands/AddPerson.h"
#include "commands/AddRelationship.h"
#include "commands/AddWall.h"
#include "exchange/AccountData.h"
#include "workspace/AccountStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace Kingside::WorkspaceFuzz {
namespace {

// Operation codes; any byte maps to one (byte % 8).
constexpr char Operations[] = "SDCPOQBT";
constexpr int MaxOperations = 64;

struct Table
{
    QString name;
    QStringList columns;
};

// The template workspace, made once per process.
struct Template
{
    std::unique_ptr<QTemporaryDir> dir;
    QByteArray image;
    QList<Table> tables;
};

const QStringList &plants()
{
    static const QStringList statements{
        QStringLiteral("CREATE TRIGGER fuzz_t0 AFTER INSERT ON people BEGIN DELETE FROM "
                       "accounts; END"),
        QStringLiteral("CREATE TRIGGER fuzz_t1 BEFORE UPDATE ON people BEGIN SELECT "
                       "RAISE(ABORT, 'planted'); END"),
        QStringLiteral("CREATE VIEW fuzz_v AS SELECT * FROM people, relationships"),
        QStringLiteral("CREATE TABLE fuzz_extra (id INTEGER PRIMARY KEY, x)"),
        QStringLiteral("CREATE INDEX fuzz_i ON people (name COLLATE NOCASE)"),
        QStringLiteral("CREATE TRIGGER fuzz_t2 AFTER UPDATE ON workspace_info BEGIN UPDATE "
                       "people SET name = name || 'x'; END"),
        QStringLiteral("DROP TABLE IF EXISTS walls"),
        QStringLiteral("ALTER TABLE people RENAME COLUMN title TO job"),
        QStringLiteral("ANALYZE"),
        QStringLiteral("DROP TABLE IF EXISTS relationships"),
        QStringLiteral("ALTER TABLE levels DROP COLUMN rank"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS people_backup AS SELECT * FROM people"),
    };
    return statements;
}

QVariant hugeValue(int which)
{
    switch (which % 8) {
    case 0:
        return std::numeric_limits<qint64>::max();
    case 1:
        return std::numeric_limits<qint64>::min();
    case 2:
        return qint64(1) << 31;
    case 3:
        return qint64(-1);
    case 4:
        return 1e308;
    case 5:
        return std::nan("");
    case 6:
        return QStringLiteral("");
    default:
        return QString(100000, QLatin1Char('W'));
    }
}

bool buildTemplate(Template &t, QString *error)
{
    t.dir = std::make_unique<QTemporaryDir>();
    if (!t.dir->isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString path = t.dir->filePath(QStringLiteral("template.kingside"));
    {
        Workspace workspace;
        if (!workspace.create(path)) {
            *error = workspace.errorString();
            return false;
        }
        auto fail = [&] {
            *error = workspace.errorString();
            return false;
        };
        Account account;
        account.name = QStringLiteral("Fuzz Shipping AS");
        auto *addAccount = new AddAccount(
            &workspace, account,
            {QStringLiteral("IT"), QStringLiteral("Finance"), QStringLiteral("Engineering")},
            {QStringLiteral("Board"), QStringLiteral("Executive"), QStringLiteral("Staff")});
        if (!workspace.execute(addAccount))
            return fail();
        const qint64 accountId = AccountStore(workspace.database()).accountByName(account.name)->id;
        const auto departments = AccountStore(workspace.database()).departments(accountId);
        const auto levels = AccountStore(workspace.database()).levels(accountId);
        auto add = [&](Person person) {
            person.accountId = accountId;
            return workspace.execute(new AddPerson(&workspace, person));
        };
        const struct
        {
            const char *name;
            int department;
            int level;
            DecisionRole role;
            Attitude attitude;
        } clients[] = {
            {"Ingrid King", 0, 0, DecisionRole::DecisionMaker, Attitude::Supporter},
            {"Lars Queen", 1, 1, DecisionRole::PowerInfluencer, Attitude::Champion},
            {"Per Rook", 2, 1, DecisionRole::Gatekeeper, Attitude::Sceptic},
            {"Kari Pawn", 0, 2, DecisionRole::User, Attitude::Opponent},
            {"Jonas Knight", 2, 2, DecisionRole::Coach, Attitude::Neutral},
        };
        for (const auto &client : clients) {
            Person person;
            person.name = QString::fromUtf8(client.name);
            person.departmentId = departments.at(client.department).id;
            person.levelId = levels.at(client.level).id;
            person.decisionRole = client.role;
            person.attitude = client.attitude;
            person.title = QStringLiteral("Title");
            if (!add(person))
                return fail();
        }
        for (const auto &[name, role] : {std::pair{"Ann Manager", TeamRole::AccountManager},
                                         std::pair{"Bo Mentor", TeamRole::Mentor}}) {
            Person person;
            person.side = Side::Team;
            person.name = QString::fromUtf8(name);
            person.teamRole = role;
            if (!add(person))
                return fail();
        }
        QList<qint64> people;
        QSqlQuery query(workspace.database());
        query.exec(QStringLiteral("SELECT id FROM people ORDER BY id"));
        while (query.next())
            people.append(query.value(0).toLongLong());
        query.finish();
        const struct
        {
            int from;
            int to;
            RelationshipKind kind;
            int strength;
        } lines[] = {
            {1, 0, RelationshipKind::Reporting, 4}, {2, 1, RelationshipKind::Reporting, 3},
            {3, 2, RelationshipKind::Influence, 2}, {4, 0, RelationshipKind::Alliance, 5},
            {2, 4, RelationshipKind::Tension, 1},   {5, 1, RelationshipKind::Working, 5},
            {5, 3, RelationshipKind::Working, 2},   {5, 0, RelationshipKind::Working, 1},
        };
        for (const auto &line : lines) {
            Relationship relationship;
            relationship.accountId = accountId;
            relationship.fromId = people.at(line.from);
            relationship.toId = people.at(line.to);
            relationship.kind = line.kind;
            relationship.strength = line.strength;
            relationship.lastContact = QDate(2026, 5, 1 + line.from);
            if (!workspace.execute(new AddRelationship(&workspace, relationship)))
                return fail();
        }
        Wall wall;
        wall.accountId = accountId;
        wall.a = departments.at(0).id;
        wall.b = departments.at(2).id;
        if (!workspace.execute(new AddWall(&workspace, wall)))
            return fail();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    t.image = file.readAll();
    file.close();

    const QString connection = QStringLiteral("fuzz-catalogue");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                                  "NOT LIKE 'sqlite_%' ORDER BY name"));
        while (query.next())
            t.tables.append({query.value(0).toString(), {}});
        for (Table &table : t.tables) {
            query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table.name));
            while (query.next())
                table.columns.append(query.value(1).toString());
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QFile::remove(path);
    return !t.tables.isEmpty();
}

Template &theTemplate()
{
    static Template t = [] {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "fuzz_workspace";
            static char *argv[] = {name, nullptr};
            new QCoreApplication(argc, argv);
        }
        Template made;
        QString error;
        if (!buildTemplate(made, &error))
            qFatal("The fuzz template workspace could not be made: %s", qPrintable(error));
        return made;
    }();
    return t;
}

// Reads an input front to back; past its end every read gives zeros.
class Reader
{
public:
    explicit Reader(const QByteArray &bytes) : m_bytes(bytes) {}
    bool atEnd() const { return m_position >= m_bytes.size(); }
    quint8 u8() { return atEnd() ? 0 : quint8(m_bytes.at(m_position++)); }
    quint16 u16() { return quint16(u8() | (u8() << 8)); }
    quint32 u32() { return quint32(u16()) | (quint32(u16()) << 16); }
    quint64 u64() { return quint64(u32()) | (quint64(u32()) << 32); }
    QByteArray take(int n)
    {
        const QByteArray part = m_bytes.mid(m_position, n);
        m_position += n;
        return part;
    }

private:
    const QByteArray &m_bytes;
    qsizetype m_position = 0;
};

QVariant readValue(Reader &in)
{
    switch (in.u8() % 6) {
    case 0:
        return QVariant(QMetaType::fromType<QString>()); // NULL
    case 1:
        return qint64(in.u64());
    case 2:
        return hugeValue(in.u8());
    case 3:
        return QString::fromUtf8(in.take(in.u16() % 4096));
    case 4:
        return in.take(in.u16() % 4096);
    default: {
        const quint64 bits = in.u64();
        double value;
        std::memcpy(&value, &bits, sizeof value);
        return value;
    }
    }
}

QString quotedName(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

struct Poke
{
    quint32 offset;
    QByteArray bytes;
    bool truncate;
};

// The SQL operations run on a connection of their own with constraints off, as a program
// other than Kingside (or a damaged copy) could have left the file.
QList<Poke> mutate(const QString &path, const QByteArray &input)
{
    const Template &t = theTemplate();
    QList<Poke> pokes;
    const QString connection = QStringLiteral("fuzz-mutate");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return pokes;
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        query.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        Reader in(input);
        for (int n = 0; n < MaxOperations && !in.atEnd(); ++n) {
            const char op = Operations[in.u8() % 8];
            switch (op) {
            case 'S': {
                const Table &table = t.tables.at(in.u8() % t.tables.size());
                const int row = in.u8();
                const QString &column = table.columns.at(in.u8() % table.columns.size());
                const QVariant value = readValue(in);
                query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = (SELECT rowid "
                                             "FROM %1 ORDER BY rowid LIMIT 1 OFFSET %3)")
                                  .arg(quotedName(table.name), quotedName(column))
                                  .arg(row));
                query.addBindValue(value);
                query.exec();
                break;
            }
            case 'D': {
                const Table &table = t.tables.at(in.u8() % t.tables.size());
                query.exec(QStringLiteral("DELETE FROM %1 WHERE rowid = (SELECT rowid FROM %1 "
                                          "ORDER BY rowid LIMIT 1 OFFSET %2)")
                               .arg(quotedName(table.name))
                               .arg(in.u8()));
                break;
            }
            case 'C': {
                const Table &table = t.tables.at(in.u8() % t.tables.size());
                const int row = in.u8();
                const qint64 id = qint64(in.u64());
                query.exec(QStringLiteral("DROP TABLE IF EXISTS temp.fuzz_copy"));
                query.exec(QStringLiteral("CREATE TEMP TABLE fuzz_copy AS SELECT * FROM %1 "
                                          "ORDER BY rowid LIMIT 1 OFFSET %2")
                               .arg(quotedName(table.name))
                               .arg(row));
                if (table.columns.contains(QLatin1String("id"))) {
                    query.prepare(QStringLiteral("UPDATE temp.fuzz_copy SET id = ?"));
                    query.addBindValue(id);
                    query.exec();
                }
                query.exec(QStringLiteral("INSERT OR IGNORE INTO %1 SELECT * FROM temp.fuzz_copy")
                               .arg(quotedName(table.name)));
                break;
            }
            case 'P': {
                const bool user = in.u8() % 2 == 0;
                const qint32 value = qint32(in.u32());
                query.exec(QStringLiteral("PRAGMA %1 = %2")
                               .arg(user ? QStringLiteral("user_version")
                                         : QStringLiteral("application_id"))
                               .arg(value));
                break;
            }
            case 'O':
                query.exec(plants().at(in.u8() % plants().size()));
                break;
            case 'Q':
                query.exec(QString::fromUtf8(in.take(in.u16() % 1024)));
                break;
            case 'B': {
                const quint32 offset = in.u32();
                pokes.append({offset, in.take(in.u8()), false});
                break;
            }
            case 'T':
                pokes.append({in.u32(), {}, true});
                break;
            }
            query.finish();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return pokes;
}

void applyPokes(const QString &path, const QList<Poke> &pokes)
{
    if (pokes.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
    for (const Poke &poke : pokes) {
        const qint64 size = file.size();
        if (size <= 0)
            break;
        if (poke.truncate) {
            file.resize(poke.offset % size);
        } else {
            file.seek(poke.offset % size);
            file.write(poke.bytes.left(int(size - poke.offset % size)));
        }
    }
    file.close();
}

int analyseAll(Workspace &workspace)
{
    int analysed = 0;
    QList<qint64> accounts;
    {
        QSqlQuery query(workspace.database());
        if (query.exec(QStringLiteral("SELECT id FROM accounts ORDER BY id LIMIT 4"))) {
            while (query.next())
                accounts.append(query.value(0).toLongLong());
        }
    }
    for (const qint64 id : accounts) {
        QString error;
        const auto input = AnalysisStore(workspace.database()).load(id, QDate(2026, 6, 15), &error);
        if (input) {
            AccountAnalyzer::analyse(*input);
            for (const Person &person : input->people) {
                if (person.side == Side::Client) {
                    AccountAnalyzer::introductionPath(*input, person.id);
                    break;
                }
            }
            ++analysed;
        }
        AccountData::load(workspace.database(), id);
    }
    return analysed;
}

} // namespace

Outcome run(const QByteArray &input)
{
    Template &t = theTemplate();
    // Each input starts from a clean folder: a failed upgrade may leave a backup copy.
    QDir dir(t.dir->path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden))
        dir.remove(name);
    const QString path = dir.filePath(QStringLiteral("crafted.kingside"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(t.image) != t.image.size())
            qFatal("The crafted workspace could not be written");
    }
    applyPokes(path, mutate(path, input));

    Outcome outcome;
    const WorkspaceCheck check = WorkspaceCheck::run(path);
    outcome.check = check.status;
    outcome.checkSummary = check.summary;
    {
        Workspace workspace;
        if (workspace.open(path, Workspace::Mode::ReadOnly)) {
            outcome.openedReadOnly = true;
            outcome.accountsAnalysed += analyseAll(workspace);
        }
    }
    {
        Workspace workspace;
        if (workspace.open(path)) {
            outcome.openedForEditing = true;
            outcome.accountsAnalysed += analyseAll(workspace);
        } else {
            outcome.openError = workspace.errorString();
        }
    }
    return outcome;
}

int hugeValueCount()
{
    return 8;
}

int plantCount()
{
    return int(plants().size());
}

// ---- Input ----

namespace {

int tableIndex(const char *table)
{
    const auto &tables = theTemplate().tables;
    for (int i = 0; i < tables.size(); ++i) {
        if (tables.at(i).name == QLatin1String(table))
            return i;
    }
    return -1;
}

int columnIndex(int table, const char *column)
{
    return table < 0 ? -1
                     : int(theTemplate().tables.at(table).columns.indexOf(QLatin1String(column)));
}

int opCode(char op)
{
    return int(std::strchr(Operations, op) - Operations);
}

} // namespace

void Input::u16(int value)
{
    u8(value & 0xff);
    u8((value >> 8) & 0xff);
}

void Input::u32(quint32 value)
{
    u16(int(value & 0xffff));
    u16(int(value >> 16));
}

void Input::i64(qint64 value)
{
    u32(quint32(quint64(value) & 0xffffffffu));
    u32(quint32(quint64(value) >> 32));
}

Input &Input::value(const QVariant &value)
{
    if (value.isNull()) {
        u8(0);
    } else if (value.typeId() == QMetaType::Double) {
        u8(5);
        const double d = value.toDouble();
        quint64 bits;
        std::memcpy(&bits, &d, sizeof bits);
        i64(qint64(bits));
    } else if (value.typeId() == QMetaType::QByteArray) {
        u8(4);
        u16(int(value.toByteArray().size()));
        m_bytes.append(value.toByteArray());
    } else if (value.typeId() == QMetaType::QString) {
        const QByteArray text = value.toString().toUtf8();
        u8(3);
        u16(int(text.size()));
        m_bytes.append(text);
    } else {
        u8(1);
        i64(value.toLongLong());
    }
    return *this;
}

Input &Input::set(const char *table, int row, const char *column, const QVariant &v)
{
    const int t = tableIndex(table);
    const int c = columnIndex(t, column);
    if (c < 0)
        return *this;
    u8(opCode('S'));
    u8(t);
    u8(row);
    u8(c);
    return value(v);
}

Input &Input::huge(const char *table, int row, const char *column, int which)
{
    const int t = tableIndex(table);
    const int c = columnIndex(t, column);
    if (c < 0)
        return *this;
    u8(opCode('S'));
    u8(t);
    u8(row);
    u8(c);
    u8(2);
    u8(which);
    return *this;
}

Input &Input::remove(const char *table, int row)
{
    const int t = tableIndex(table);
    if (t < 0)
        return *this;
    u8(opCode('D'));
    u8(t);
    u8(row);
    return *this;
}

Input &Input::copy(const char *table, int row, qint64 newId)
{
    const int t = tableIndex(table);
    if (t < 0)
        return *this;
    u8(opCode('C'));
    u8(t);
    u8(row);
    i64(newId);
    return *this;
}

Input &Input::userVersion(qint32 version)
{
    u8(opCode('P'));
    u8(0);
    u32(quint32(version));
    return *this;
}

Input &Input::applicationId(qint32 id)
{
    u8(opCode('P'));
    u8(1);
    u32(quint32(id));
    return *this;
}

Input &Input::plant(int which)
{
    u8(opCode('O'));
    u8(which);
    return *this;
}

Input &Input::sql(const QByteArray &statement)
{
    u8(opCode('Q'));
    u16(int(statement.size()));
    m_bytes.append(statement);
    return *this;
}

Input &Input::poke(quint32 offset, const QByteArray &bytes)
{
    u8(opCode('B'));
    u32(offset);
    u8(int(bytes.size()));
    m_bytes.append(bytes);
    return *this;
}

Input &Input::truncate(quint32 size)
{
    u8(opCode('T'));
    u32(size);
    return *this;
}

} // namespace Kingside::WorkspaceFuzz
