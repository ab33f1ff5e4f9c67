#include "RelationshipTableModel.h"

#include "commands/EditRelationship.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

namespace Kingside {

RelationshipTableModel::RelationshipTableModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(workspace, &Workspace::changed, this, &RelationshipTableModel::onChanged);
    connect(workspace, &Workspace::closed, this, [this] { setAccount(0); });
}

void RelationshipTableModel::setAccount(qint64 accountId)
{
    m_accountId = accountId;
    reload();
}

void RelationshipTableModel::reload()
{
    beginResetModel();
    m_relationships.clear();
    m_names.clear();
    if (m_accountId > 0 && m_workspace->isOpen()) {
        const PersonStore store(m_workspace->database());
        for (const Person &person : store.people(m_accountId))
            m_names.insert(person.id, person.name);
        m_relationships = store.relationships(m_accountId);
        if (const auto account = AccountStore(m_workspace->database()).account(m_accountId))
            m_freshnessDays = account->freshnessDays;
    }
    endResetModel();
}

qint64 RelationshipTableModel::relationshipIdAt(int row) const
{
    return row >= 0 && row < m_relationships.size() ? m_relationships[row].id : 0;
}

int RelationshipTableModel::rowOf(qint64 relationshipId) const
{
    for (int row = 0; row < m_relationships.size(); ++row)
        if (m_relationships[row].id == relationshipId)
            return row;
    return -1;
}

// One relationship added, edited or removed changes one row; anything else re-reads.
void RelationshipTableModel::onChanged(const Change &change)
{
    if (change.entity == Change::Entity::Relationship && change.accountId == m_accountId &&
        change.id > 0 && m_workspace->isOpen()) {
        const int row = rowOf(change.id);
        const auto line = PersonStore(m_workspace->database()).relationship(change.id);
        if (row >= 0 && line) {
            m_relationships[row] = *line;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_relationships.removeAt(row);
            endRemoveRows();
        } else if (line) {
            beginInsertRows({}, int(m_relationships.size()), int(m_relationships.size()));
            m_relationships.append(*line);
            endInsertRows();
        }
        return;
    }
    if (change.entity == Change::Entity::Everything ||
        (change.accountId == m_accountId &&
         (change.entity == Change::Entity::Relationship ||
          change.entity == Change::Entity::Person || change.entity == Change::Entity::Account)))
        reload();
}

Qt::ItemFlags RelationshipTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags result = QAbstractTableModel::flags(index);
    if (index.isValid() && m_workspace->mode() == Workspace::Mode::ReadWrite &&
        (index.column() == Kind || index.column() == Strength || index.column() == LastContact))
        result |= Qt::ItemIsEditable;
    return result;
}

bool RelationshipTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        !(flags(index) & Qt::ItemIsEditable))
        return false;
    Relationship edited = m_relationships[index.row()];
    switch (index.column()) {
    case Kind:
        edited.kind = enumFromCode<RelationshipKind>(value.toString()).value_or(edited.kind);
        break;
    case Strength: {
        bool ok = false;
        edited.strength = value.toInt(&ok);
        if (!ok)
            edited.strength = 0; // refused by the model with its sentence
        break;
    }
    case LastContact:
        edited.lastContact = value.toDate();
        break;
    default:
        return false;
    }
    if (data(index, Qt::EditRole) == value)
        return true;
    if (!m_workspace->execute(new EditRelationship(m_workspace, edited))) {
        emit editRefused(m_workspace->errorString());
        return false;
    }
    return true;
}

int RelationshipTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_relationships.size());
}

int RelationshipTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelationshipTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Relationship &line = m_relationships[index.row()];
    if (role == RelationshipIdRole)
        return line.id;
    if (role == Qt::TextAlignmentRole && index.column() == Strength)
        return int(Qt::AlignCenter);
    if (role == ChoicesRole && index.column() == Kind) {
        QVariantList list;
        for (const RelationshipKind kind : allValues<RelationshipKind>())
            list.append(QVariantMap{{QStringLiteral("text"), displayName(kind)},
                                    {QStringLiteral("value"), codeOf(kind)}});
        return list;
    }
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Kind:
            return codeOf(line.kind);
        case Strength:
            return line.strength;
        case LastContact:
            return line.lastContact;
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case From:
        return m_names.value(line.fromId);
    case To:
        return m_names.value(line.toId);
    case Kind:
        return displayName(line.kind);
    case Strength:
        return line.strength;
    case LastContact:
        return line.lastContact.isValid() ? line.lastContact.toString(Qt::ISODate) : tr("never");
    case Freshness: {
        if (!line.lastContact.isValid())
            return tr("Never");
        const qint64 days = line.lastContact.daysTo(m_today);
        if (days <= m_freshnessDays)
            return tr("Fresh");
        return days <= 2 * m_freshnessDays ? tr("Ageing") : tr("Cold");
    }
    default:
        return {};
    }
}

QVariant RelationshipTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Kind:
        return tr("Kind");
    case Strength:
        return tr("Strength");
    case LastContact:
        return tr("Last contact");
    case Freshness:
        return tr("Freshness");
    default:
        return {};
    }
}

} // namespace Kingside
