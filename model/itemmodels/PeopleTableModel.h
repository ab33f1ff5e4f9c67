#pragma once

#include "domain/Department.h"
#include "domain/Level.h"
#include "domain/Person.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Kingside {

class Workspace;
struct Change;

// The people of one account (client and team) as a table; follows the workspace's
// changes row by row. Cells are edited in place: setData() runs one undoable EditPerson,
// and a refused value is announced by editRefused() with the model's sentence.
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
        PersonIdRole = Qt::UserRole + 1,
        // For cells edited by choosing: a QVariantList of {"text", "value"} maps; the
        // value is what setData() takes in Qt::EditRole.
        ChoicesRole
    };

    explicit PeopleTableModel(Workspace *workspace, QObject *parent = nullptr);

    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    qint64 personIdAt(int row) const;
    int rowOf(qint64 personId) const;

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
    void readNames();
    QVariant choices(const Person &person, int column) const;

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    QList<Person> m_people;
    QHash<qint64, QString> m_departments;
    QHash<qint64, QString> m_levels;
    QHash<qint64, QString> m_competitors;
    QList<Kingside::Department> m_departmentList;
    QList<Kingside::Level> m_levelList;
    QList<std::pair<qint64, QString>> m_accountCompetitors;
};

} // namespace Kingside
