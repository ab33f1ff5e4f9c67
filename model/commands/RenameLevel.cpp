#include "RenameLevel.h"

#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RenameLevel", text);
}

} // namespace

RenameLevel::RenameLevel(Workspace *workspace, qint64 levelId, const QString &name)
    : WorkspaceCommand(workspace, tr("Rename level to %1").arg(name.trimmed())), m_levelId(levelId),
      m_name(name.trimmed())
{}

bool RenameLevel::apply(QString *error)
{
    const AccountStore store(database());
    const auto level = store.level(m_levelId);
    if (!level) {
        *error = tr("This level no longer exists.");
        return false;
    }
    if (level->name == m_name) {
        *error = tr("The level is already called “%1”.").arg(m_name);
        return false;
    }
    const QString problem =
        AccountRules::checkLevelName(m_name, store.levels(level->accountId), m_levelId);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    m_accountId = level->accountId;
    m_oldName = level->name;
    return write(m_name, error);
}

bool RenameLevel::revert(QString *error)
{
    return write(m_oldName, error);
}

bool RenameLevel::write(const QString &name, QString *error)
{
    QString sqlError;
    if (!AccountStore(database()).renameLevel(m_levelId, name, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Level, Change::Kind::Modified, m_levelId, m_accountId);
    return true;
}

} // namespace Kingside
