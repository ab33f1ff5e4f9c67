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

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_freshnessDays = 90;
    BoardHighlights m_highlights;
};

} // namespace Kingside
