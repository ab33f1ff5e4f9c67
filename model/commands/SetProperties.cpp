#include "SetProperties.h"

#include "domain/AccountRules.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
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

// Free functions translate in the file's context too (README "Translations").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::SetProperties)
};

// A stored code in an edit: empty for none, else one Kingside knows (`known` false if not).
template <typename Enum>
std::optional<Enum> codeIn(const QVariant &value, bool *known)
{
    const QString code = value.toString();
    if (value.isNull() || code.isEmpty())
        return std::nullopt;
    const std::optional<Enum> parsed = enumFromCode<Enum>(code);
    if (!parsed)
        *known = false;
    return parsed;
}

// The row as it will be after the edit, checked by the model's rules before anything is
// written (README "Where the rules live"): the sentence for the user, or empty when fine.
QString brokenRule(QSqlDatabase db, Change::Entity entity, qint64 id, const QVariantMap &values)
{
    bool known = true;
    const auto text = [&](const char *column, QString *field) {
        if (values.contains(QLatin1String(column)))
            *field = values.value(QLatin1String(column)).toString();
    };
    const auto number = [&](const char *column, auto *field) {
        if (values.contains(QLatin1String(column)))
            *field = values.value(QLatin1String(column)).value<std::decay_t<decltype(*field)>>();
    };
    const auto has = [&](const char *column) { return values.contains(QLatin1String(column)); };
    const auto value = [&](const char *column) { return values.value(QLatin1String(column)); };
    const QString unknown = Text::tr("This value is not one Kingside knows.");
    const QString gone = Text::tr("The item to change no longer exists.");
    switch (entity) {
    case Change::Entity::Person: {
        const PersonStore store(db);
        std::optional<Person> person = store.person(id);
        if (!person)
            return gone;
        text("name", &person->name);
        text("title", &person->title);
        text("email", &person->email);
        text("phone", &person->phone);
        text("notes", &person->notes);
        number("department_id", &person->departmentId);
        number("level_id", &person->levelId);
        number("competitor_id", &person->competitorId);
        if (has("decision_role"))
            person->decisionRole =
                codeIn<DecisionRole>(value("decision_role"), &known).value_or(DecisionRole::None);
        if (has("piece_override"))
            person->pieceOverride = codeIn<Piece>(value("piece_override"), &known);
        if (has("attitude"))
            person->attitude =
                codeIn<Attitude>(value("attitude"), &known).value_or(Attitude::Neutral);
        if (has("team_role"))
            person->teamRole = codeIn<TeamRole>(value("team_role"), &known);
        return known ? store.brokenRule(*person) : unknown;
    }
    case Change::Entity::Relationship: {
        const PersonStore store(db);
        std::optional<Relationship> relationship = store.relationship(id);
        if (!relationship)
            return gone;
        if (has("kind")) {
            const auto kind = codeIn<RelationshipKind>(value("kind"), &known);
            if (!kind)
                return unknown;
            relationship->kind = *kind;
        }
        if (has("strength")) {
            bool isNumber = false;
            relationship->strength = value("strength").toInt(&isNumber);
            if (!isNumber)
                relationship->strength = 0;
        }
        text("notes", &relationship->notes);
        return known ? store.brokenRule(*relationship) : unknown;
    }
    case Change::Entity::Account: {
        const AccountStore store(db);
        std::optional<Account> account = store.account(id);
        if (!account)
            return gone;
        text("name", &account->name);
        text("industry", &account->industry);
        text("business_objectives", &account->businessObjectives);
        text("buying_process", &account->buyingProcess);
        text("notes", &account->notes);
        text("currency", &account->currency);
        number("annual_sales", &account->annualSales);
        number("profitability", &account->profitability);
        number("potential_3y", &account->potential3y);
        number("review_cadence_months", &account->reviewCadenceMonths);
        number("freshness_days", &account->freshnessDays);
        if (has("lifecycle_stage")) {
            const auto stage = codeIn<LifecycleStage>(value("lifecycle_stage"), &known);
            if (!stage)
                return unknown;
            account->stage = *stage;
        }
        QString broken = AccountRules::checkFacts(*account);
        if (broken.isEmpty())
            broken = AccountRules::checkAccountName(account->name, store.accounts(), id);
        return broken;
    }
    case Change::Entity::Department: {
        const AccountStore store(db);
        const std::optional<Department> department = store.department(id);
        if (!department)
            return gone;
        if (!has("name"))
            return {};
        return AccountRules::checkDepartmentName(value("name").toString(),
                                                 store.departments(department->accountId), id);
    }
    case Change::Entity::Level: {
        const AccountStore store(db);
        const std::optional<Level> level = store.level(id);
        if (!level)
            return gone;
        if (!has("name"))
            return {};
        return AccountRules::checkLevelName(value("name").toString(),
                                            store.levels(level->accountId), id);
    }
    default:
        return {};
    }
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
    const QString broken = brokenRule(database(), m_entity, m_rowId, m_newValues);
    if (!broken.isEmpty()) {
        *error = broken;
        return false;
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
