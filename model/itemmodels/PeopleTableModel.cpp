#include "PeopleTableModel.h"

#include "commands/EditPerson.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QLocale>

namespace Kingside {
namespace {

QVariantMap choice(const QString &text, const QVariant &value)
{
    return {{QStringLiteral("text"), text}, {QStringLiteral("value"), value}};
}

} // namespace

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

int PeopleTableModel::rowOf(qint64 personId) const
{
    for (int row = 0; row < m_people.size(); ++row)
        if (m_people[row].id == personId)
            return row;
    return -1;
}

void PeopleTableModel::readNames()
{
    m_departments.clear();
    m_levels.clear();
    m_departmentList.clear();
    m_levelList.clear();
    m_competitors.clear();
    m_accountCompetitors.clear();
    if (m_accountId <= 0 || !m_workspace->isOpen())
        return;
    const QSqlDatabase db = m_workspace->database();
    const AccountStore accounts(db);
    m_departmentList = accounts.departments(m_accountId);
    m_levelList = accounts.levels(m_accountId);
    for (const Kingside::Department &department : std::as_const(m_departmentList))
        m_departments.insert(department.id, department.name);
    for (const Kingside::Level &level : std::as_const(m_levelList))
        m_levels.insert(level.id, level.name);
    const PersonStore people(db);
    m_competitors = people.competitorNames();
    m_accountCompetitors = people.competitors(m_accountId);
}

void PeopleTableModel::reload()
{
    beginResetModel();
    m_people.clear();
    readNames();
    if (m_accountId > 0 && m_workspace->isOpen())
        m_people = PersonStore(m_workspace->database()).people(m_accountId);
    endResetModel();
}

// A person added, edited or removed changes one row; the board's structure, the
// competitors or a bulk change re-read the whole table.
void PeopleTableModel::onChanged(const Change &change)
{
    if (change.entity == Change::Entity::Person && change.accountId == m_accountId &&
        change.id > 0 && m_workspace->isOpen()) {
        const int row = rowOf(change.id);
        const auto person = PersonStore(m_workspace->database()).person(change.id);
        if (row >= 0 && person) {
            m_people[row] = *person;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_people.removeAt(row);
            endRemoveRows();
        } else if (person) {
            beginInsertRows({}, int(m_people.size()), int(m_people.size()));
            m_people.append(*person);
            endInsertRows();
        }
        return;
    }
    if (change.entity == Change::Entity::Everything ||
        (change.accountId == m_accountId &&
         (change.entity == Change::Entity::Person || change.entity == Change::Entity::Department ||
          change.entity == Change::Entity::Level || change.entity == Change::Entity::Account ||
          change.entity == Change::Entity::Competitor)))
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
    if (role == ChoicesRole)
        return choices(person, index.column());
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Name:
            return person.name;
        case Title:
            return person.title;
        case Email:
            return person.email;
        case Department:
            return person.departmentId;
        case Level:
            return person.levelId;
        case Piece:
            return person.isTeam() ? codeOf(person.teamRole.value_or(TeamRole::Other))
                                   : codeOf(person.decisionRole);
        case Attitude:
            return codeOf(person.attitude);
        case Competitor:
            return person.competitorId;
        default:
            return {};
        }
    }
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

QVariant PeopleTableModel::choices(const Person &person, int column) const
{
    QVariantList list;
    switch (column) {
    case Department:
        list.append(choice(tr("(not on the board)"), qint64(0)));
        for (const Kingside::Department &department : m_departmentList)
            list.append(choice(department.name, department.id));
        break;
    case Level:
        list.append(choice(tr("(not on the board)"), qint64(0)));
        for (const Kingside::Level &level : m_levelList)
            list.append(choice(level.name, level.id));
        break;
    case Piece:
        if (person.isTeam()) {
            for (const TeamRole role : allValues<TeamRole>())
                list.append(choice(displayName(role), codeOf(role)));
        } else {
            for (const DecisionRole role : allValues<DecisionRole>())
                list.append(
                    choice(tr("%1 — %2").arg(displayName(pieceForRole(role)), displayName(role)),
                           codeOf(role)));
        }
        break;
    case Attitude:
        for (const Kingside::Attitude attitude : allValues<Kingside::Attitude>())
            list.append(choice(displayName(attitude), codeOf(attitude)));
        break;
    case Competitor:
        list.append(choice(tr("(none)"), qint64(0)));
        for (const auto &[id, name] : m_accountCompetitors)
            list.append(choice(name, id));
        break;
    default:
        return {};
    }
    return list;
}

Qt::ItemFlags PeopleTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= m_people.size() ||
        m_workspace->mode() != Workspace::Mode::ReadWrite)
        return result;
    const Person &person = m_people[index.row()];
    switch (index.column()) {
    case Name:
    case Title:
    case Email:
    case Piece:
        return result | Qt::ItemIsEditable;
    case Department:
    case Level:
    case Attitude:
    case Competitor:
        return person.isTeam() ? result : result | Qt::ItemIsEditable;
    default:
        return result;
    }
}

bool PeopleTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    Person edited = m_people[index.row()];
    switch (index.column()) {
    case Name:
        edited.name = value.toString().trimmed();
        break;
    case Title:
        edited.title = value.toString().trimmed();
        break;
    case Email:
        edited.email = value.toString().trimmed();
        break;
    case Department:
        edited.departmentId = value.toLongLong();
        break;
    case Level:
        edited.levelId = value.toLongLong();
        break;
    case Piece:
        if (edited.isTeam()) {
            edited.teamRole = enumFromCode<TeamRole>(value.toString());
        } else {
            edited.decisionRole =
                enumFromCode<DecisionRole>(value.toString()).value_or(edited.decisionRole);
            edited.pieceOverride.reset(); // the piece follows the new role
        }
        break;
    case Attitude:
        edited.attitude =
            enumFromCode<Kingside::Attitude>(value.toString()).value_or(edited.attitude);
        break;
    case Competitor:
        edited.competitorId = value.toLongLong();
        break;
    default:
        return false;
    }
    if (data(index, Qt::EditRole) == value)
        return true; // nothing changed: no undo step
    // The column's name inside a sentence: lower case, but German keeps its nouns' capitals
    // (README "Translations").
    QString header = headerData(index.column(), Qt::Horizontal).toString();
    if (QLocale().language() != QLocale::German)
        header = header.toLower();
    if (!m_workspace->execute(new EditPerson(
            m_workspace, edited, tr("Edit %1's %2").arg(m_people[index.row()].name, header)))) {
        emit editRefused(m_workspace->errorString());
        return false;
    }
    return true;
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
