#pragma once

#include "BoardHighlight.h"

#include <QWidget>

namespace Kingside {

// The board's legend on screen, painted by the same code as in every export.
class LegendWidget : public QWidget
{
    Q_OBJECT

public:
    explicit LegendWidget(QWidget *parent = nullptr);

    void setContext(int freshnessDays, const BoardHighlights &highlights);
    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSizeHint() const override;
    const BoardHighlights &highlights() const { return m_highlights; }
    // Device-independent pixels per legend unit at a width (text stays >= 9 px).
    qreal scaleFor(int width) const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    int m_freshnessDays = 90;
    BoardHighlights m_highlights;
};

} // namespace Kingside
