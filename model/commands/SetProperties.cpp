#include "SetProperties.h"

#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kingside {
namespace {

struct EditableTable
{
    Change::Entity entity;
    const char *table;
    bool hasUpdatedAt;
    bool hasAccount;
    QStringList columns;
};

const QList<EditableTable> &editableTables()
{
    static const QList<EditableTable> tables{
        {Change::Entity::Account,
         "accounts",
         false,
         false,
         {"name", "industry", "annual_sales", "profitability", "potential_3y", "lifecycle_stage",
          "review_cadence_months", "freshness_days", "business_objectives", "buying_process",
          "notes", "currency"}},
        {Change::Entity::Person,
         "people",
         true,
         true,
         {"name", "title", "email", "phone", "department_id", "level_id", "decision_role",
          "piece_override", "attitude", "competitor_id", "team_role", "notes"}},
        {Change::Entity::Relationship,
         "relationships",
         true,
         true,
         {"kind", "strength", "last_contact", "notes"}},
        {Change::Entity::Department, "departments", false, true, {"name", "position"}},
        {Change::Entity::Level, "levels", false, true, {"name", "rank"}},
        {Change::Entity::Wall, "walls", false, true, {"notes"}},
    };
    return tables;
}

const EditableTable *tableFor(Change::Entity entity)
{
    for (const EditableTable &table : editableTables()) {
        if (table.entity == entity)
            return &table;
    }
    return nullptr;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::SetProperties", text);
}

} // namespace

SetProperties::SetProperties(Workspace *workspace, Change::Entity entity, qint64 id,
                             const QVariantMap &values, const QString &text)
    : WorkspaceCommand(workspace, text), m_entity(entity), m_rowId(id), m_newValues(values)
{}

bool SetProperties::apply(QString *error)
{
    const EditableTable *table = tableFor(m_entity);
    if (!table || m_newValues.isEmpty()) {
        *error = tr("This property cannot be edited.");
        return false;
    }
    for (auto it = m_newValues.cbegin(); it != m_newValues.cend(); ++it) {
        if (!table->columns.contains(it.key())) {
            *error = tr("The field “%1” cannot be edited.").arg(it.key());
            return false;
        }
    }
    if (!m_captured) {
        QStringList columns = m_newValues.keys();
        if (table->hasUpdatedAt)
            columns.append(QStringLiteral("updated_at"));
        if (table->hasAccount)
            columns.append(QStringLiteral("account_id"));
        QSqlQuery query(database());
        if (!Sql::exec(query,
                       QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                           .arg(columns.join(QLatin1String(", ")), QLatin1String(table->table)),
                       {m_rowId}, error))
            return false;
        if (!query.next()) {
            *error = tr("The item to change no longer exists.");
            return false;
        }
        const QStringList keys = m_newValues.keys();
        for (int i = 0; i < keys.size(); ++i)
            m_oldValues.insert(keys[i], query.value(i));
        if (table->hasUpdatedAt)
            m_oldUpdatedAt = query.value(keys.size());
        m_accountId = table->hasAccount ? query.value(columns.size() - 1).toLongLong() : m_rowId;
        m_captured = true;
    }
    if (m_stamp.isEmpty())
        m_stamp = Sql::nowStamp();
    return write(m_newValues, m_stamp, error);
}

bool SetProperties::revert(QString *error)
{
    return write(m_oldValues, m_oldUpdatedAt, error);
}

bool SetProperties::write(const QVariantMap &values, const QVariant &updatedAt, QString *error)
{
    const EditableTable *table = tableFor(m_entity);
    QStringList assignments;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        assignments.append(it.key() + QStringLiteral(" = ?"));
        bound.append(it.value());
    }
    if (table->hasUpdatedAt) {
        assignments.append(QStringLiteral("updated_at = ?"));
        bound.append(updatedAt);
    }
    bound.append(m_rowId);
    QString sqlError;
    if (!Sql::run(database(),
                  QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(QLatin1String(table->table), assignments.join(QLatin1String(", "))),
                  bound, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(m_entity, Change::Kind::Modified, m_rowId, m_accountId);
    return true;
}

} // namespace Kingside
