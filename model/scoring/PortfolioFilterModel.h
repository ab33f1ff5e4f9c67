#pragma once

#include <QSortFilterProxyModel>

namespace Kingside {

// Sorts the portfolio table by raw values and filters it by text (account, tier,
// quadrant, stage) and by tier.
class PortfolioFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    static constexpr int AllTiers = -2;
    static constexpr int NoTier = -1;

    explicit PortfolioFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setTier(int tierIndex); // AllTiers, NoTier or a band index
    int tier() const { return m_tier; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    int m_tier = AllTiers;
};

} // namespace Kingside
