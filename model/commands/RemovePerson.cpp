#include "RemovePerson.h"

#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kingside {

RemovePerson::RemovePerson(Workspace *workspace, qint64 personId, const QString &name)
    : WorkspaceCommand(
          workspace, QCoreApplication::translate("Kingside::RemovePerson", "Remove %1").arg(name)),
      m_personId(personId), m_name(name)
{}

QString RemovePerson::whatWent() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("Kingside::RemovePerson", text);
    };
    // English plurals without a translation file: one word for one, another for more.
    const auto count = [&tr](int n, const char *one, const char *many) {
        return n == 1 ? tr(one) : tr(many).arg(n);
    };
    QStringList parts;
    for (const RowSet &rows : m_removed) {
        const int n = int(rows.rows().size());
        if (n == 0)
            continue;
        if (rows.table() == QLatin1String("relationships"))
            parts.append(count(n, "1 relationship", "%1 relationships"));
        else if (rows.table() == QLatin1String("product_roles"))
            parts.append(count(n, "1 product role", "%1 product roles"));
        else if (rows.table() == QLatin1String("plan_agreements"))
            parts.append(count(n, "1 plan agreement", "%1 plan agreements"));
    }
    if (!m_reviews.isEmpty())
        parts.append(
            count(int(m_reviews.size()), "their name on 1 review", "their name on %1 reviews"));
    QString with;
    if (parts.size() == 1)
        with = tr(" with %1").arg(parts.first());
    else if (parts.size() > 1)
        with = tr(" with %1 and %2")
                   .arg(parts.mid(0, parts.size() - 1).join(QStringLiteral(", ")), parts.last());
    return tr("Removed %1%2. Edit → Undo (Ctrl+Z) brings everything back.").arg(m_name, with);
}

bool RemovePerson::apply(QString *error)
{
    const QSqlDatabase db = database();
    const auto blocking = Sql::scalar(
        db, QStringLiteral("SELECT count(*) FROM actions WHERE owner_id = ? OR person_id = ?"),
        {m_personId, m_personId});
    if (blocking && blocking->toInt() > 0) {
        *error = QCoreApplication::translate("Kingside::RemovePerson",
                                             "This person owns or is linked to %n plan "
                                             "action(s); reassign them first.",
                                             nullptr, blocking->toInt());
        return false;
    }
    m_removed.clear();
    m_reviews.clear();
    const QVariantList id{m_personId};
    m_removed.append(
        RowSet::capture(db, QStringLiteral("people"), QStringLiteral("id = ?"), id, error));
    if (m_removed.first().isEmpty()) {
        *error =
            QCoreApplication::translate("Kingside::RemovePerson", "This person no longer exists.");
        return false;
    }
    m_accountId = m_removed.first().rows().first().value(QStringLiteral("account_id")).toLongLong();
    m_removed.append(RowSet::capture(db, QStringLiteral("relationships"),
                                     QStringLiteral("from_id = ? OR to_id = ?"),
                                     {m_personId, m_personId}, error));
    m_removed.append(RowSet::capture(db, QStringLiteral("product_roles"),
                                     QStringLiteral("person_id = ?"), id, error));
    m_removed.append(RowSet::capture(db, QStringLiteral("plan_agreements"),
                                     QStringLiteral("person_id = ?"), id, error));
    QSqlQuery reviews(db);
    if (Sql::exec(reviews, QStringLiteral("SELECT id FROM reviews WHERE reviewer_id = ?"), id,
                  error)) {
        while (reviews.next())
            m_reviews.append({reviews.value(0).toLongLong(), m_personId});
    }
    QString sqlError;
    if (!Sql::run(db, QStringLiteral("DELETE FROM people WHERE id = ?"), id, &sqlError)) {
        *error = SqlErrors::explain(sqlError);
        return false;
    }
    record(Change::Entity::Person, Change::Kind::Removed, m_personId, m_accountId);
    return true;
}

bool RemovePerson::revert(QString *error)
{
    for (const RowSet &rows : std::as_const(m_removed)) {
        if (!rows.restore(database(), error))
            return false;
    }
    for (const auto &[reviewId, reviewerId] : std::as_const(m_reviews)) {
        if (!Sql::run(database(), QStringLiteral("UPDATE reviews SET reviewer_id = ? WHERE id = ?"),
                      {reviewerId, reviewId}, error))
            return false;
    }
    record(Change::Entity::Person, Change::Kind::Added, m_personId, m_accountId);
    return true;
}

} // namespace Kingside
