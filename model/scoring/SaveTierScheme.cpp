#include "SaveTierScheme.h"

#include "ScoringStore.h"
#include "Tiering.h"

#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>

namespace Kingside {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::SaveTierScheme", text);
}
} // namespace

SaveTierScheme::SaveTierScheme(Workspace *workspace, const TierScheme &scheme)
    : WorkspaceCommand(workspace, tr("Save tier scheme %1").arg(scheme.name)), m_scheme(scheme)
{
    m_scheme.name = m_scheme.name.trimmed();
    m_scheme.builtin = false;
    for (TierBand &band : m_scheme.bands)
        band.name = band.name.trimmed();
}

QList<RowSet> SaveTierScheme::captureScheme(qint64 id, QString *error) const
{
    return {RowSet::capture(database(), QStringLiteral("tier_schemes"), QStringLiteral("id = ?"),
                            {id}, error),
            RowSet::capture(database(), QStringLiteral("tier_bands"),
                            QStringLiteral("scheme_id = ?"), {id}, error),
            RowSet::capture(database(), QStringLiteral("workspace_info"), QStringLiteral("key = ?"),
                            {QString::fromLatin1(ScoringStore::ActiveSchemeKey)}, error)};
}

bool SaveTierScheme::removeScheme(qint64 id, QString *error) const
{
    return ScoringStore(database()).deleteTierScheme(id, error) &&
           Sql::run(database(), QStringLiteral("DELETE FROM workspace_info WHERE key = ?"),
                    {QString::fromLatin1(ScoringStore::ActiveSchemeKey)}, error);
}

bool SaveTierScheme::apply(QString *error)
{
    if (!m_after.isEmpty()) { // redo
        if (m_scheme.id > 0 && !m_before.isEmpty() && !removeScheme(m_scheme.id, error))
            return false;
        if (m_before.isEmpty() &&
            !Sql::run(database(), QStringLiteral("DELETE FROM workspace_info WHERE key = ?"),
                      {QString::fromLatin1(ScoringStore::ActiveSchemeKey)}, error))
            return false;
        for (const RowSet &rows : std::as_const(m_after)) {
            if (!rows.restore(database(), error))
                return false;
        }
        record(Change::Entity::TierScheme, Change::Kind::Modified, m_scheme.id, 0);
        return true;
    }
    if (const QString problem = Tiering::validate(m_scheme); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const ScoringStore store(database());
    if (const auto sameName = store.tierSchemeNamed(m_scheme.name);
        sameName && sameName->id != m_scheme.id) {
        *error = tr("A tier scheme named “%1” already exists.").arg(sameName->name);
        return false;
    }
    QString activeName = store.activeSchemeName();
    if (m_scheme.id > 0) {
        const auto existing = store.tierScheme(m_scheme.id);
        if (!existing) {
            *error = tr("This tier scheme no longer exists.");
            return false;
        }
        if (existing->builtin) {
            *error = tr("The built-in scheme “%1” cannot be changed; save a copy under a new "
                        "name.")
                         .arg(existing->name);
            return false;
        }
        m_before = captureScheme(m_scheme.id, error);
        if (!removeScheme(m_scheme.id, error))
            return false;
        if (activeName.compare(existing->name, Qt::CaseInsensitive) == 0)
            activeName = m_scheme.name;
    }
    QString sqlError;
    const qint64 id = store.insertTierScheme(m_scheme, &sqlError);
    if (id <= 0) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    m_scheme.id = id;
    if (!store.setActiveSchemeName(activeName, error))
        return false;
    m_after = captureScheme(id, error);
    record(Change::Entity::TierScheme,
           m_before.isEmpty() ? Change::Kind::Added : Change::Kind::Modified, id, 0);
    return true;
}

bool SaveTierScheme::revert(QString *error)
{
    if (!removeScheme(m_scheme.id, error))
        return false;
    if (m_before.isEmpty()) {
        // A new scheme: only the active setting (unchanged by adding) goes back.
        if (!m_after.value(2).restore(database(), error))
            return false;
    } else {
        for (const RowSet &rows : std::as_const(m_before)) {
            if (!rows.restore(database(), error))
                return false;
        }
    }
    record(Change::Entity::TierScheme, Change::Kind::Modified, m_scheme.id, 0);
    return true;
}

} // namespace Kingside
