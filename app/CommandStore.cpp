#include "CommandLine.h"

#include "workspace/ServerAddress.h"
#include "workspace/StoreCopy.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlDatabase>

#include <memory>

namespace Kingside::Cli {

namespace {

// The texts of this file's free functions, in its context (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::Cli)
};

int runStore(const QStringList &arguments);
const Registrar
    registrar({"store",
               QT_TRANSLATE_NOOP("Kingside::Cli",
                                 "Copy a whole workspace between a file and a PostgreSQL database"),
               false, runStore, 26});
} // namespace

// kingside store copy FROM TO: README "A shared workspace for a team". FROM and TO are
// each a workspace file or a postgresql:// address. 0 copied (or TO already identical),
// 1 refused (TO holds something else, FROM is no workspace) or failed, 2 usage.
namespace {
// One side of a copy: a workspace file opened through Workspace, or a server connection.
class Store
{
public:
    ~Store()
    {
        if (!m_connection.isEmpty()) {
            QSqlDatabase::database(m_connection, false).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
        if (m_workspace)
            m_workspace->close();
        if (m_createdFile && !m_keep) {
            for (const char *suffix : {"", "-wal", "-shm"})
                QFile::remove(m_name + QLatin1String(suffix));
        }
    }

    // `forWriting`: a file that does not exist yet is created as a new workspace (and
    // removed again unless keep() is called).
    int open(const QString &text, bool forWriting, const QString &connection)
    {
        QString error;
        if (ServerAddress::looksLikeAddress(text)) {
            const auto address = ServerAddress::parse(text, &error);
            if (!address) {
                err() << error << Qt::endl;
                return BadInput;
            }
            m_name = address->text();
            if (!address->open(connection, &error)) {
                err() << error << Qt::endl;
                return Failed;
            }
            m_connection = connection;
            return Ok;
        }
        m_name = QFileInfo(text).absoluteFilePath();
        m_workspace = std::make_unique<Workspace>();
        bool opened = false;
        if (!QFileInfo::exists(m_name)) {
            if (!forWriting) {
                err() << Text::tr("%1 does not exist.").arg(QDir::toNativeSeparators(m_name))
                      << Qt::endl;
                return Failed;
            }
            opened = m_workspace->create(m_name);
            m_createdFile = opened;
        } else {
            opened = m_workspace->open(m_name, forWriting ? Workspace::Mode::ReadWrite
                                                          : Workspace::Mode::ReadOnly);
        }
        if (!opened) {
            err() << m_workspace->errorString() << Qt::endl;
            return Failed;
        }
        return Ok;
    }

    QSqlDatabase database() const
    {
        return m_workspace ? m_workspace->database() : QSqlDatabase::database(m_connection, false);
    }
    QString name() const { return m_workspace ? QDir::toNativeSeparators(m_name) : m_name; }
    void keep() { m_keep = true; }

private:
    QString m_name;
    QString m_connection;
    std::unique_ptr<Workspace> m_workspace;
    bool m_createdFile = false;
    bool m_keep = false;
};

int runStore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr(
        "store copy FROM TO: copy a whole workspace, every table row for row with its ids, "
        "from a workspace file to a PostgreSQL database or back, in one transaction, checked "
        "row for row. TO must be empty (a new file, or a database after server-setup) or "
        "already identical. Credentials come from ~/.pgpass, PGSERVICEFILE or PGPASSWORD. "
        "Exit 0 copied or identical, 1 refused or failed, 2 usage."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("copy"), Text::tr("The action: copy."));
    parser.addPositionalArgument(QStringLiteral("FROM"),
                                 Text::tr("A workspace file or a postgresql:// address."));
    parser.addPositionalArgument(QStringLiteral("TO"),
                                 Text::tr("A workspace file or a postgresql:// address."));
    const QString usage = Text::tr("usage: kingside store copy FROM TO");
    if (const auto stop = parseArguments(parser, arguments, usage))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3 || positional.first() != QLatin1String("copy")) {
        err() << usage << Qt::endl;
        return BadInput;
    }
    Store from;
    Store to;
    if (const int code = from.open(positional[1], false, QStringLiteral("kingside-copy-from")))
        return code;
    if (const int code = to.open(positional[2], true, QStringLiteral("kingside-copy-to")))
        return code;
    QString error;
    const auto report =
        StoreCopy::copy(from.database(), from.name(), to.database(), to.name(), &error);
    if (!report) {
        err() << error << Qt::endl;
        return Failed;
    }
    to.keep();
    const QLocale locale;
    out() << (report->alreadyIdentical
                  ? Text::tr("%1 already holds the same rows as %2; nothing was changed.")
                        .arg(to.name(), from.name())
                  : Text::tr("Copied %1 to %2 and checked it row for row: %3 rows.")
                        .arg(from.name(), to.name(), locale.toString(report->totalRows())))
          << Qt::endl;
    for (const StoreCopy::TableCount &count : report->counts)
        out() << "  " << count.table << ": " << locale.toString(count.rows) << Qt::endl;
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
