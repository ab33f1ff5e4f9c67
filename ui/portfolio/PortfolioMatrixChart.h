#pragma once

#include "PortfolioMatrixRenderer.h"

#include "scoring/Portfolio.h"

#include <QWidget>

namespace Kingside {

// The directional-policy matrix on screen: hover shows an account's scores, a click
// asks to open it. Paints through PortfolioMatrixRenderer.
class PortfolioMatrixChart : public QWidget
{
    Q_OBJECT

public:
    explicit PortfolioMatrixChart(QWidget *parent = nullptr);

    void setEntries(const QList<PortfolioEntry> &entries, const QString &title);
    void setHighlighted(qint64 accountId);
    void setBubbleSize(PortfolioMatrixRenderer::BubbleSize size);
    PortfolioMatrixRenderer::BubbleSize bubbleSize() const { return m_bubbleSize; }
    const QList<PortfolioEntry> &entries() const { return m_entries; }
    QString title() const { return m_title; }

    qint64 accountAt(const QPointF &point) const;
    QPointF centreOf(qint64 accountId) const; // for tests and keyboard users
    QString toolTipFor(qint64 accountId) const;

    QSize sizeHint() const override { return {460, 400}; }
    QSize minimumSizeHint() const override { return {240, 200}; }

signals:
    void accountActivated(qint64 accountId);
    void accountHovered(qint64 accountId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    QString sameSpotText(qint64 accountId) const;

    QList<PortfolioEntry> m_entries;
    QString m_title;
    qint64 m_highlighted = 0;
    qint64 m_hovered = 0;
    PortfolioMatrixRenderer::BubbleSize m_bubbleSize =
        PortfolioMatrixRenderer::BubbleSize::AnnualSales;
};

} // namespace Kingside
