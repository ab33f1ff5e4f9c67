#include "StoreCopy.h"

#include "Migrator.h"
#include "Sql.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "TransactionGuard.h"
#include "WorkspaceSchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <numeric>

namespace Kingside {
namespace {

// The texts of this file's free functions, in its context (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::StoreCopy)
};

QString identifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

struct Table
{
    QList<QVariantList> values;
    QStringList canonical; // one text per row, sorted: equal exactly when the rows are
};

using Content = QHash<QString, Table>;

// A value as text that reads the same from either backend: SQLite and PostgreSQL give
// back a 64-bit integer, a double or a string for the same stored value, and NULL apart.
QString canonicalValue(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("\\N");
    QString text = value.toString();
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('|'), QLatin1String("\\|"));
    return text;
}

bool readTable(const QSqlDatabase &db, const QString &table, const QStringList &columns,
               bool keepValues, Table *out, QString *error)
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted.append(identifier(column));
    const QString statement = QStringLiteral("SELECT %1 FROM %2")
                                  .arg(quoted.join(QStringLiteral(", ")), identifier(table));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(statement)) {
        *error = query.lastError().text().trimmed();
        return false;
    }
    while (query.next()) {
        QVariantList row;
        QStringList cells;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant value = query.value(i);
            cells.append(canonicalValue(value));
            if (keepValues)
                row.append(value);
        }
        out->canonical.append(cells.join(QLatin1Char('|')));
        if (keepValues)
            out->values.append(row);
    }
    out->canonical.sort();
    return true;
}

bool readContent(const QSqlDatabase &db, bool keepValues, Content *content, QString *error)
{
    const int version = Migrator::latestVersion();
    for (const QString &table : WorkspaceSchema::tablesInOrder(version)) {
        Table rows;
        if (!readTable(db, table, WorkspaceSchema::expectedColumns(version, table), keepValues,
                       &rows, error))
            return false;
        content->insert(table, rows);
    }
    return true;
}

// What a new workspace holds before anyone edits it: the migrations' own rows (the
// built-in tier schemes). A target holding only these counts as empty.
const Content &newWorkspaceContent()
{
    static QMutex mutex;
    static Content content;
    static bool built = false;
    const QMutexLocker lock(&mutex);
    if (!built) {
        const QString connection = QStringLiteral("kingside-store-copy-new-workspace");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QStringLiteral(":memory:"));
            QString error;
            if (db.open() && Migrator::migrate(db, 0, &error))
                readContent(db, false, &content, &error);
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        built = true;
    }
    return content;
}

// Whether `content` is a workspace nobody has edited: the migrations' rows, and where a
// new file was made, when and by which Kingside (Workspace::create()).
bool isNewWorkspace(Content content)
{
    QStringList &info = content[QStringLiteral("workspace_info")].canonical;
    info.removeIf([](const QString &row) {
        return row.startsWith(QLatin1String("created_at|")) ||
               row.startsWith(QLatin1String("created_by|"));
    });
    const Content &fresh = newWorkspaceContent();
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        if (content.value(it.key()).canonical != it.value().canonical)
            return false;
    }
    return !fresh.isEmpty();
}

// The first table whose rows differ, or empty.
QString firstDifferingTable(const Content &a, const Content &b)
{
    for (const QString &table : WorkspaceSchema::tablesInOrder(Migrator::latestVersion())) {
        if (a.value(table).canonical != b.value(table).canonical)
            return table;
    }
    return {};
}

QString describeDifference(const Content &a, const QString &aName, const Content &b,
                           const QString &bName, const QString &table)
{
    const QStringList &rowsA = a.value(table).canonical;
    const QStringList &rowsB = b.value(table).canonical;
    if (rowsA.size() != rowsB.size())
        return Text::tr("table “%1” differs in its number of rows, %2 in %3 and %4 in %5")
            .arg(table)
            .arg(rowsA.size())
            .arg(aName)
            .arg(rowsB.size())
            .arg(bName);
    for (qsizetype i = 0; i < rowsA.size(); ++i) {
        if (rowsA[i] != rowsB[i])
            return Text::tr("table “%1” differs: %2 holds the row (%3) where %4 holds (%5)")
                .arg(table, aName, rowsA[i].left(200), bName, rowsB[i].left(200));
    }
    return {};
}

} // namespace

qint64 StoreCopy::Report::totalRows() const
{
    return std::accumulate(counts.cbegin(), counts.cend(), qint64(0),
                           [](qint64 sum, const TableCount &count) { return sum + count.rows; });
}

QString StoreCopy::schemaProblem(const QSqlDatabase &db, const QString &name)
{
    const int latest = Migrator::latestVersion();
    const int version = Migrator::userVersion(db);
    if (version == 0)
        return Text::tr("%1 holds no Kingside workspace (for a PostgreSQL database, run "
                        "kingside server-setup first).")
            .arg(name);
    if (version != latest)
        return Text::tr(
                   "%1 is at schema version %2 and this Kingside copies version %3; open it in "
                   "this Kingside first to bring it up to date.")
            .arg(name)
            .arg(version)
            .arg(latest);
    QString error;
    QStringList present = SqlDialect::tables(db, &error);
    if (!error.isEmpty())
        return Text::tr("Could not read the tables of %1: %2").arg(name, error);
    present.removeAll(SqlDialect::versionTable());
    QStringList expected = WorkspaceSchema::tablesInOrder(latest);
    expected.sort();
    if (present != expected)
        return Text::tr("%1 does not hold the tables Kingside creates; it was not copied.")
            .arg(name);
    for (const QString &table : std::as_const(expected)) {
        if (WorkspaceSchema::columnsOf(db, table) !=
            WorkspaceSchema::expectedColumns(latest, table))
            return Text::tr(
                       "The table “%1” of %2 does not have the columns Kingside creates; it was "
                       "not copied.")
                .arg(table, name);
    }
    return {};
}

QString StoreCopy::difference(const QSqlDatabase &a, const QSqlDatabase &b, QString *error)
{
    Content contentA;
    Content contentB;
    if (!readContent(a, false, &contentA, error) || !readContent(b, false, &contentB, error))
        return {};
    const QString table = firstDifferingTable(contentA, contentB);
    return table.isEmpty() ? QString()
                           : describeDifference(contentA, Text::tr("the first"), contentB,
                                                Text::tr("the second"), table);
}

std::optional<StoreCopy::Report> StoreCopy::copy(const QSqlDatabase &from, const QString &fromName,
                                                 QSqlDatabase to, const QString &toName,
                                                 QString *error)
{
    for (const auto &[db, name] :
         {std::pair{from, fromName}, std::pair{QSqlDatabase(to), toName}}) {
        if (const QString problem = schemaProblem(db, name); !problem.isEmpty()) {
            *error = problem;
            return std::nullopt;
        }
    }
    QString readError;
    Content source;
    if (!readContent(from, true, &source, &readError)) {
        *error = Text::tr("Could not read %1: %2").arg(fromName, readError);
        return std::nullopt;
    }
    Report report;
    const QStringList order = WorkspaceSchema::tablesInOrder(Migrator::latestVersion());
    for (const QString &table : order)
        report.counts.append({table, qint64(source.value(table).values.size())});

    // Everything from reading the target to the check is one transaction, so that what
    // was found empty is what is written to.
    TransactionGuard transaction(to);
    if (!transaction.isActive()) {
        *error = Text::tr("Could not start writing to %1: %2").arg(toName, transaction.errorText());
        return std::nullopt;
    }
    Content target;
    if (!readContent(to, false, &target, &readError)) {
        *error = Text::tr("Could not read %1: %2").arg(toName, readError);
        return std::nullopt;
    }
    if (firstDifferingTable(source, target).isEmpty()) {
        report.alreadyIdentical = true;
        return report; // the guard rolls back a transaction that wrote nothing
    }
    if (!isNewWorkspace(target)) {
        *error =
            Text::tr("%1 already holds a workspace that differs from %2 (%3). store copy writes "
                     "only into an empty workspace or onto an identical one; nothing was changed.")
                .arg(toName, fromName,
                     describeDifference(target, toName, source, fromName,
                                        firstDifferingTable(target, source)));
        return std::nullopt;
    }
    const auto failed = [&](const QString &table, const QSqlError &sqlError) {
        *error = Text::tr("Copying the table “%1” to %2 failed: %3 Nothing was changed.")
                     .arg(table, toName, SqlErrors::explain(sqlError));
        return std::nullopt;
    };
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        QSqlQuery query(to);
        if (!query.exec(QStringLiteral("DELETE FROM %1").arg(identifier(*it))))
            return failed(*it, query.lastError());
    }
    for (const QString &table : order) {
        const QStringList columns =
            WorkspaceSchema::expectedColumns(Migrator::latestVersion(), table);
        QStringList quoted;
        for (const QString &column : columns)
            quoted.append(identifier(column));
        QSqlQuery insert(to);
        const QString statement =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(identifier(table), quoted.join(QStringLiteral(", ")),
                     QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")));
        if (!insert.prepare(statement))
            return failed(table, insert.lastError());
        for (const QVariantList &row : source.value(table).values) {
            for (int i = 0; i < row.size(); ++i)
                insert.bindValue(i, row[i]);
            if (!insert.exec())
                return failed(table, insert.lastError());
        }
    }
    if (!SqlDialect::resetIdentities(to, &readError)) {
        *error = Text::tr("Could not set the next ids in %1: %2 Nothing was changed.")
                     .arg(toName, readError);
        return std::nullopt;
    }
    Content written;
    if (!readContent(to, false, &written, &readError)) {
        *error = Text::tr("Could not read back what was copied to %1: %2 Nothing was changed.")
                     .arg(toName, readError);
        return std::nullopt;
    }
    if (const QString table = firstDifferingTable(source, written); !table.isEmpty()) {
        *error = Text::tr("The copy in %1 does not read back as %2 (%3); nothing was changed.")
                     .arg(toName, fromName,
                          describeDifference(source, fromName, written, toName, table));
        return std::nullopt;
    }
    if (!transaction.commit()) {
        *error = Text::tr("Could not finish writing to %1: %2 Nothing was changed.")
                     .arg(toName, transaction.errorText());
        return std::nullopt;
    }
    return report;
}

} // namespace Kingside
