#include "SetPlanColumns.h"

#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kingside {

SetPlanColumns::SetPlanColumns(Workspace *workspace, const Table &table, qint64 key,
                               const QVariantMap &values, const QString &text)
    : WorkspaceCommand(workspace, text), m_table(table), m_key(key), m_newValues(values)
{}

QString SetPlanColumns::validate(qint64, const QVariantMap &) const
{
    return {};
}

bool SetPlanColumns::apply(QString *error)
{
    if (!m_captured) {
        if (m_newValues.isEmpty()) {
            *error = QCoreApplication::translate("Kingside::SetPlanColumns", "Nothing to change.");
            return false;
        }
        for (auto it = m_newValues.cbegin(); it != m_newValues.cend(); ++it) {
            if (!m_table.columns.contains(it.key())) {
                *error = QCoreApplication::translate("Kingside::SetPlanColumns",
                                                     "The field “%1” cannot be edited.")
                             .arg(it.key());
                return false;
            }
        }
        QStringList columns = m_newValues.keys();
        columns.append(QStringLiteral("account_id"));
        if (m_table.hasUpdatedAt)
            columns.append(QStringLiteral("updated_at"));
        QSqlQuery query(database());
        if (!Sql::exec(query,
                       QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                           .arg(columns.join(QLatin1String(", ")), QLatin1String(m_table.name),
                                QLatin1String(m_table.key)),
                       {m_key}, error))
            return false;
        if (!query.next()) {
            *error = QCoreApplication::translate("Kingside::SetPlanColumns",
                                                 "The item to change no longer exists.");
            return false;
        }
        const QStringList keys = m_newValues.keys();
        for (int i = 0; i < keys.size(); ++i)
            m_oldValues.insert(keys[i], query.value(i));
        m_accountId = query.value(int(keys.size())).toLongLong();
        if (m_table.hasUpdatedAt)
            m_oldUpdatedAt = query.value(int(keys.size()) + 1);
        const QString problem = validate(m_accountId, m_newValues);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        m_captured = true;
    }
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    return write(m_newValues, m_stamp, error);
}

bool SetPlanColumns::revert(QString *error)
{
    return write(m_oldValues, m_oldUpdatedAt, error);
}

bool SetPlanColumns::write(const QVariantMap &values, const QVariant &updatedAt, QString *error)
{
    QStringList assignments;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
        bound.append(it.value());
    }
    if (m_table.hasUpdatedAt) {
        assignments.append(QStringLiteral("updated_at = ?"));
        bound.append(updatedAt);
    }
    bound.append(m_key);
    QString sqlError;
    if (!Sql::run(database(),
                  QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                      .arg(QLatin1String(m_table.name), assignments.join(QLatin1String(", ")),
                           QLatin1String(m_table.key)),
                  bound, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(m_table.entity, Change::Kind::Modified, m_key, m_accountId);
    return true;
}

} // namespace Kingside
