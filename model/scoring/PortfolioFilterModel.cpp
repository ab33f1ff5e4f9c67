#include "PortfolioFilterModel.h"

#include "PortfolioTableModel.h"

namespace Kingside {

PortfolioFilterModel::PortfolioFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PortfolioTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void PortfolioFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void PortfolioFilterModel::setTier(int tierIndex)
{
    m_tier = tierIndex;
    invalidateFilter();
}

bool PortfolioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_tier != AllTiers &&
        model->index(sourceRow, 0, sourceParent).data(PortfolioTableModel::TierIndexRole).toInt() !=
            m_tier)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column :
         {int(PortfolioTableModel::AccountColumn), int(PortfolioTableModel::TierColumn),
          int(PortfolioTableModel::QuadrantColumn), int(PortfolioTableModel::StageColumn)}) {
        if (model->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Kingside
