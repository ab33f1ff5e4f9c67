#include "RemovePerson.h"

#include "workspace/Sql.h"
#include "workspace/SqlErrors.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Kingside {

RemovePerson::RemovePerson(Workspace *workspace, qint64 personId, const QString &name)
    : WorkspaceCommand(
          workspace, QCoreApplication::translate("Kingside::RemovePerson", "Remove %1").arg(name)),
      m_personId(personId)
{}

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
