#pragma once

#include "domain/Relationship.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace Kingside {

class Workspace;
struct Change;

// The relationships of one account as a table; follows the workspace's changes row by
// row. Kind, strength and last contact are edited in place through EditRelationship; a
// refused value is announced by editRefused() with the model's sentence.
class RelationshipTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        From,
        To,
        Kind,
        Strength,
        LastContact,
        Freshness,
        ColumnCount
    };
    enum Role
    {
        RelationshipIdRole = Qt::UserRole + 1,
        ChoicesRole // as PeopleTableModel::ChoicesRole, for the Kind column
    };

    explicit RelationshipTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setAccount(qint64 accountId);
    qint64 relationshipIdAt(int row) const;
    int rowOf(qint64 relationshipId) const;
    // The date "fresh" is measured from (today unless a test fixes it).
    void setToday(const QDate &today) { m_today = today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void editRefused(const QString &message);

private:
    void reload();
    void onChanged(const Change &change);

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    int m_freshnessDays = 90;
    QDate m_today = QDate::currentDate();
    QList<Relationship> m_relationships;
    QHash<qint64, QString> m_names;
};

} // namespace Kingside
