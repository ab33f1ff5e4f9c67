#pragma once

#include "domain/Department.h"
#include "domain/Level.h"
#include "domain/Person.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Kingside {

class Workspace;
struct Change;

// The people of one account (client and team) as a table; follows the workspace's changes.
class PeopleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Side,
        Title,
        Department,
        Level,
        Piece,
        Attitude,
        Competitor,
        Email,
        ColumnCount
    };
    enum Role
    {
        PersonIdRole = Qt::UserRole + 1
    };

    explicit PeopleTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    qint64 personIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onChanged(const Change &change);

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    QList<Person> m_people;
    QHash<qint64, QString> m_departments;
    QHash<qint64, QString> m_levels;
    QHash<qint64, QString> m_competitors;
};

} // namespace Kingside
