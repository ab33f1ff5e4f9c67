#pragma once

#include "Portfolio.h"

#include <QAbstractTableModel>
#include <QDate>

#include <functional>

namespace Kingside {

class Workspace;
struct Change;

// Every account of the workspace with its tier, both scores, facts and next review,
// under the active tier scheme; follows the workspace's changes.
class PortfolioTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AccountColumn,
        TierColumn,
        AttractivenessColumn,
        StrengthColumn,
        QuadrantColumn,
        MissingColumn,
        SalesColumn,
        ProfitabilityColumn,
        PotentialColumn,
        StageColumn,
        HealthColumn, // filled by a health provider when the analysis supplies one
        NextReviewColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, // raw value to sort by
        AccountIdRole,           // qint64
        TierIndexRole,           // int, -1 below every band
    };

    explicit PortfolioTableModel(Workspace *workspace, QObject *parent = nullptr);

    // The relationship health summary per account (text for display, with an optional
    // number to sort by); the column stays empty without one.
    using HealthProvider = std::function<QVariant(qint64 accountId)>;
    void setHealthProvider(HealthProvider provider);

    // The date against which reviews count as overdue; today unless set (tests).
    void setToday(const QDate &today);

    const QList<PortfolioEntry> &entries() const { return m_entries; }
    const PortfolioInputs &inputs() const { return m_inputs; }
    const TierScheme &scheme() const { return m_inputs.scheme; }
    QString errorString() const { return m_error; }
    const PortfolioEntry *entryAt(int row) const;
    int rowOf(qint64 accountId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A few lines explaining a score: each criterion's weight, score and contribution.
    static QString breakdownText(const AccountScores &scores, ScoringAxis axis);

public slots:
    void reload();

signals:
    void reloaded();

private:
    void onChanged(const Change &change);
    QVariant displayValue(const PortfolioEntry &entry, int column) const;
    QVariant sortValue(const PortfolioEntry &entry, int column) const;

    Workspace *m_workspace;
    PortfolioInputs m_inputs;
    QList<PortfolioEntry> m_entries;
    QString m_error;
    HealthProvider m_health;
    QDate m_today;
};

} // namespace Kingside
