#pragma once

#include <QStyledItemDelegate>

namespace Kingside {

// Draws cells as usual (cut short with "…" where the column is too narrow) and, for a
// cell cut short, shows its whole text as the tooltip (README "The portfolio view").
class ElidedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // True when the cell's text does not fit `option.rect`.
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace Kingside
