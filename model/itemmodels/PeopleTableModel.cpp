#include "PeopleTableModel.h"

#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>

namespace Kingside {

PeopleTableModel::PeopleTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, &PeopleTableModel::onChanged);
    connect(workspace, &Workspace::closed, this, [this] { setAccount(0); });
}

void PeopleTableModel::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    reload();
}

qint64 PeopleTableModel::personIdAt(int row) const
{
    return row >= 0 && row < m_people.size() ? m_people[row].id : 0;
}

void PeopleTableModel::reload()
{
    beginResetModel();
    m_people.clear();
    m_departments.clear();
    m_levels.clear();
    m_competitors.clear();
    if (m_accountId > 0 && m_workspace->isOpen()) {
        const QSqlDatabase db = m_workspace->database();
        m_people = PersonStore(db).people(m_accountId);
        const AccountStore accounts(db);
        for (const Kingside::Department &department : accounts.departments(m_accountId))
            m_departments.insert(department.id, department.name);
        for (const Kingside::Level &level : accounts.levels(m_accountId))
            m_levels.insert(level.id, level.name);
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("SELECT id, name FROM competitors"))) {
            while (query.next())
                m_competitors.insert(query.value(0).toLongLong(), query.value(1).toString());
        }
    }
    endResetModel();
}

void PeopleTableModel::onChanged(const Change &change)
{
    if (change.entity == Change::Entity::Everything ||
        (change.accountId == m_accountId &&
         (change.entity == Change::Entity::Person || change.entity == Change::Entity::Department ||
          change.entity == Change::Entity::Level || change.entity == Change::Entity::Account)))
        reload();
}

int PeopleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int PeopleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &person = m_people[index.row()];
    if (role == PersonIdRole)
        return person.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return person.name;
    case Side:
        return displayName(person.side);
    case Title:
        return person.title;
    case Department:
        return m_departments.value(person.departmentId);
    case Level:
        return m_levels.value(person.levelId);
    case Piece:
        return person.isTeam() ? displayName(person.teamRole.value_or(TeamRole::Other))
                               : displayName(person.piece());
    case Attitude:
        return person.isTeam() ? QString() : displayName(person.attitude);
    case Competitor:
        return m_competitors.value(person.competitorId);
    case Email:
        return person.email;
    default:
        return {};
    }
}

QVariant PeopleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Side:
        return tr("Side");
    case Title:
        return tr("Title");
    case Department:
        return tr("Department");
    case Level:
        return tr("Level");
    case Piece:
        return tr("Piece / team role");
    case Attitude:
        return tr("Attitude");
    case Competitor:
        return tr("Favours");
    case Email:
        return tr("E-mail");
    default:
        return {};
    }
}

} // namespace Kingside
