#include "RelationshipTableModel.h"

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

void RelationshipTableModel::onChanged(const Change &change)
{
    if (change.entity == Change::Entity::Everything ||
        (change.accountId == m_accountId &&
         (change.entity == Change::Entity::Relationship ||
          change.entity == Change::Entity::Person || change.entity == Change::Entity::Account)))
        reload();
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
