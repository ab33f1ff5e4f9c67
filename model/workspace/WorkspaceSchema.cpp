#include "WorkspaceSchema.h"

#include "Migrator.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "exchange/CsvReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::WorkspaceSchema", text);
}

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::WorkspaceSchema)
};

struct SchemaObject
{
    QString type; // table, index, trigger, view
    QString name;
    QString table;
    QString sql; // whitespace collapsed, so that only a real change differs

    bool operator==(const SchemaObject &) const = default;
};

struct Schema
{
    QList<SchemaObject> objects;
    QHash<QString, QStringList> columns; // table → its columns, in order
    QStringList tablesInOrder;           // parents before the tables that refer to them
};

// Tables in an order where each comes after the tables its foreign keys name (the
// schema has no cycle); ties by name, so the order is stable.
QStringList orderByReferences(const QSqlDatabase &db, QStringList tables)
{
    tables.sort();
    QHash<QString, QStringList> parents;
    for (const QString &table : std::as_const(tables)) {
        parents.insert(table, Sql::rows(db,
                                        QStringLiteral("SELECT DISTINCT \"table\" FROM "
                                                       "pragma_foreign_key_list(?)"),
                                        {table}, [](const QSqlQuery &query) {
                                            return query.value(0).toString();
                                        }));
    }
    QStringList ordered;
    while (ordered.size() < tables.size()) {
        bool progressed = false;
        for (const QString &table : std::as_const(tables)) {
            if (ordered.contains(table))
                continue;
            const QStringList &needs = parents.value(table);
            if (std::all_of(needs.cbegin(), needs.cend(), [&](const QString &parent) {
                    return parent == table || ordered.contains(parent);
                })) {
                ordered.append(table);
                progressed = true;
            }
        }
        if (!progressed)
            break; // a cycle: cannot happen with the migrations as written
    }
    return ordered;
}

// SQLite's own objects (automatic indexes, sqlite_sequence, sqlite_stat*) follow from
// the tables or from ANALYZE and hold no code, so only ours are compared.
QList<SchemaObject> objectsOf(const QSqlDatabase &db, QString *error = nullptr)
{
    return Sql::rows(
        db,
        QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                       "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                       "ORDER BY type, name"),
        {},
        [](const QSqlQuery &query) {
            return SchemaObject{query.value(0).toString(), query.value(1).toString(),
                                query.value(2).toString(), query.value(3).toString().simplified()};
        },
        error);
}

Schema buildExpected(int version)
{
    Schema schema;
    static int counter = 0;
    const QString connection = QStringLiteral("kingside-expected-schema-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        QString error;
        if (db.open() && Migrator::migrate(db, 0, &error, version)) {
            schema.objects = objectsOf(db);
            for (const SchemaObject &object : std::as_const(schema.objects)) {
                if (object.type != QLatin1String("table"))
                    continue;
                schema.columns.insert(
                    object.name,
                    Sql::rows(db, QStringLiteral("SELECT name FROM pragma_table_info(?)"),
                              {object.name},
                              [](const QSqlQuery &query) { return query.value(0).toString(); }));
            }
            schema.tablesInOrder = orderByReferences(db, schema.columns.keys());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return schema;
}

// What the migrations create for one version, built once on an in-memory database.
const Schema &expectedSchema(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    const QMutexLocker lock(&mutex);
    auto it = cache.find(version);
    if (it == cache.end())
        it = cache.insert(version, buildExpected(version));
    return *it;
}

QString typeWord(const QString &type)
{
    if (type == QLatin1String("table"))
        return Text::tr("a table");
    if (type == QLatin1String("index"))
        return Text::tr("an index");
    if (type == QLatin1String("trigger"))
        return Text::tr("a trigger");
    if (type == QLatin1String("view"))
        return Text::tr("a view");
    return type;
}

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

} // namespace

qsizetype WorkspaceSchema::maxValueLength()
{
    return CsvReader::Limits{}.maxFieldLength;
}

qsizetype WorkspaceSchema::maxSnapshotLength()
{
    // A 2,000-person, 20,000-relationship account (README "Speed") freezes to a few MB.
    return 32 * 1000 * 1000;
}

QString WorkspaceSchema::differences(const QSqlDatabase &db, int version, const QString &fileName,
                                     QString *databaseError)
{
    const Schema &expected = expectedSchema(version);
    QString error;
    const QList<SchemaObject> actual = objectsOf(db, &error);
    if (!error.isEmpty()) {
        *databaseError = error;
        return {};
    }
    const auto find = [](const QList<SchemaObject> &objects, const SchemaObject &object) {
        return std::find_if(objects.cbegin(), objects.cend(), [&object](const SchemaObject &o) {
            return o.name == object.name && o.type == object.type;
        });
    };
    const QString advice = tr("It was not opened, so nothing in it ran. Restore the workspace "
                              "from a backup copy.");
    for (const SchemaObject &object : actual) {
        const auto match = find(expected.objects, object);
        if (match == expected.objects.cend())
            return tr("%1 contains %2 “%3” that Kingside did not create. %4")
                .arg(fileName, typeWord(object.type), object.name, advice);
        if (*match != object)
            return tr("%1 contains %2 “%3” that differs from the one Kingside created. %4")
                .arg(fileName, typeWord(object.type), object.name, advice);
    }
    for (const SchemaObject &object : expected.objects) {
        if (find(actual, object) == actual.cend())
            return tr("%1 lacks %2 “%3” that Kingside creates (schema version %4). %5")
                .arg(fileName, typeWord(object.type), object.name)
                .arg(version)
                .arg(advice);
    }
    return {};
}

QStringList WorkspaceSchema::tablesInOrder(int version)
{
    return expectedSchema(version).tablesInOrder;
}

QStringList WorkspaceSchema::expectedColumns(int version, const QString &table)
{
    return expectedSchema(version).columns.value(table);
}

QStringList WorkspaceSchema::columnsOf(const QSqlDatabase &db, const QString &table, QString *error)
{
    const QString statement =
        SqlDialect::of(db) == SqlDialect::Kind::PostgreSql
            ? QStringLiteral("SELECT column_name FROM information_schema.columns "
                             "WHERE table_schema = 'public' AND table_name = ? "
                             "ORDER BY ordinal_position")
            : QStringLiteral("SELECT name FROM pragma_table_info(?)");
    return Sql::rows(
        db, statement, {table}, [](const QSqlQuery &query) { return query.value(0).toString(); },
        error);
}

QString WorkspaceSchema::oversizedValue(const QSqlDatabase &db, int version,
                                        const QString &fileName, QString *databaseError)
{
    const Schema &expected = expectedSchema(version);
    for (auto it = expected.columns.cbegin(); it != expected.columns.cend(); ++it) {
        const QString &table = it.key();
        const qsizetype bound =
            table == QLatin1String("snapshots") ? maxSnapshotLength() : maxValueLength();
        // Names come from our own schema, never from the file; the bound is a bound value.
        // length() counts characters of text and bytes of a blob, and every column is
        // measured, because SQLite stores any value in a column of any declared type.
        QStringList tests;
        QStringList cases;
        QVariantList values;
        for (const QString &column : it.value()) {
            tests.append(QStringLiteral("length(%1) > ?").arg(identifier(column)));
            cases.append(QStringLiteral("WHEN length(%1) > ? THEN ?").arg(identifier(column)));
        }
        for (const QString &column : it.value())
            values << qint64(bound) << column;
        for (qsizetype i = 0; i < it.value().size(); ++i)
            values << qint64(bound);
        const QString statement =
            QStringLiteral("SELECT rowid, CASE %1 END FROM %2 WHERE %3 LIMIT 1")
                .arg(cases.join(QLatin1Char(' ')), identifier(table),
                     tests.join(QLatin1String(" OR ")));
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!Sql::exec(query, statement, values, databaseError))
            return {};
        if (query.next())
            return tr("%1 holds a value longer than Kingside reads (%2 characters) in table "
                      "“%3”, row %4, column “%5”. It was not opened; restore the workspace "
                      "from a backup copy.")
                .arg(fileName, QLocale().toString(qint64(bound)), table, query.value(0).toString(),
                     query.value(1).toString());
    }
    return {};
}

} // namespace Kingside
