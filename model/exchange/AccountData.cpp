#include "AccountData.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"

#include <QSqlQuery>

namespace Kingside {

std::optional<AccountData> AccountData::load(const QSqlDatabase &db, qint64 accountId)
{
    const AccountStore accounts(db);
    const std::optional<Account> account = accounts.account(accountId);
    if (!account)
        return std::nullopt;
    AccountData data;
    data.account = *account;
    data.departments = accounts.departments(accountId);
    data.levels = accounts.levels(accountId);
    const PersonStore people(db);
    data.people = people.people(accountId);
    data.relationships = people.relationships(accountId);
    for (qsizetype i = 0; i < data.people.size(); ++i)
        data.personIndex.insert(data.people[i].id, i);
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT id, name FROM competitors"))) {
        while (query.next())
            data.competitorNames.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    return data;
}

const Person *AccountData::person(qint64 id) const
{
    const auto found = personIndex.constFind(id);
    return found == personIndex.cend() ? nullptr : &people[*found];
}

const Department *AccountData::department(qint64 id) const
{
    for (const Department &candidate : departments) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

const Level *AccountData::level(qint64 id) const
{
    for (const Level &candidate : levels) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

QString AccountData::departmentName(qint64 id) const
{
    const Department *found = department(id);
    return found ? found->name : QString();
}

QString AccountData::levelName(qint64 id) const
{
    const Level *found = level(id);
    return found ? found->name : QString();
}

} // namespace Kingside
