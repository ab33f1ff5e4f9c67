#include "RemoveTierScheme.h"

#include "ScoringStore.h"

#include <QCoreApplication>

namespace Kingside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::RemoveTierScheme", text);
}
} // namespace

RemoveTierScheme::RemoveTierScheme(Workspace *workspace, qint64 schemeId, const QString &name)
    : WorkspaceCommand(workspace, tr("Remove tier scheme %1").arg(name)), m_schemeId(schemeId)
{}

bool RemoveTierScheme::apply(QString *error)
{
    const ScoringStore store(database());
    const auto scheme = store.tierScheme(m_schemeId);
    if (!scheme) {
        *error = tr("This tier scheme no longer exists.");
        return false;
    }
    if (scheme->builtin) {
        *error = tr("The built-in scheme “%1” cannot be removed.").arg(scheme->name);
        return false;
    }
    if (scheme->name.compare(store.activeSchemeName(), Qt::CaseInsensitive) == 0) {
        *error = tr("“%1” is the active scheme; choose another scheme before removing it.")
                     .arg(scheme->name);
        return false;
    }
    m_scheme = RowSet::capture(database(), QStringLiteral("tier_schemes"), QStringLiteral("id = ?"),
                               {m_schemeId}, error);
    m_bands = RowSet::capture(database(), QStringLiteral("tier_bands"),
                              QStringLiteral("scheme_id = ?"), {m_schemeId}, error);
    if (!store.deleteTierScheme(m_schemeId, error))
        return false;
    record(Change::Entity::TierScheme, Change::Kind::Removed, m_schemeId, 0);
    return true;
}

bool RemoveTierScheme::revert(QString *error)
{
    if (!m_scheme.restore(database(), error) || !m_bands.restore(database(), error))
        return false;
    record(Change::Entity::TierScheme, Change::Kind::Added, m_schemeId, 0);
    return true;
}

} // namespace Kingside
