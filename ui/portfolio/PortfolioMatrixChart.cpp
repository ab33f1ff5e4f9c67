#include "PortfolioMatrixChart.h"

#include "PortfolioMatrixRenderer.h"

#include "scoring/PortfolioTableModel.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace Kingside {

PortfolioMatrixChart::PortfolioMatrixChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setObjectName(QStringLiteral("portfolioMatrixChart"));
    setAccessibleName(tr("Directional-policy matrix"));
}

void PortfolioMatrixChart::setEntries(const QList<PortfolioEntry> &entries, const QString &title)
{
    m_entries = entries;
    m_title = title;
    update();
}

void PortfolioMatrixChart::setHighlighted(qint64 accountId)
{
    m_highlighted = accountId;
    update();
}

void PortfolioMatrixChart::setBubbleSize(PortfolioMatrixRenderer::BubbleSize size)
{
    m_bubbleSize = size;
    update();
}

qint64 PortfolioMatrixChart::accountAt(const QPointF &point) const
{
    return PortfolioMatrixRenderer::accountAt(QRectF(rect()), m_entries, point, m_bubbleSize);
}

QPointF PortfolioMatrixChart::centreOf(qint64 accountId) const
{
    for (const auto &bubble :
         PortfolioMatrixRenderer::layout(QRectF(rect()), m_entries, m_bubbleSize)) {
        if (bubble.accountId == accountId)
            return bubble.centre;
    }
    return {};
}

QString PortfolioMatrixChart::toolTipFor(qint64 accountId) const
{
    const QLocale locale;
    for (const PortfolioEntry &entry : m_entries) {
        if (entry.account.id != accountId)
            continue;
        return tr("%1\nTier: %2 · %3\nAnnual sales: %4 · 3-year potential: %5\n\n%6\n\n%7\n\n"
                  "Click to open the account.")
                   .arg(entry.account.name, entry.tier.isEmpty() ? tr("none") : entry.tier,
                        displayName(entry.quadrant),
                        locale.toString(entry.account.annualSales, 'f', 0),
                        locale.toString(entry.account.potential3y, 'f', 0),
                        PortfolioTableModel::breakdownText(entry.scores,
                                                           ScoringAxis::Attractiveness),
                        PortfolioTableModel::breakdownText(entry.scores, ScoringAxis::Strength)) +
               sameSpotText(accountId);
    }
    return {};
}

// Accounts with equal scores share one bubble's spot and one label: the tooltip of each
// names the others (README "The directional-policy matrix").
QString PortfolioMatrixChart::sameSpotText(qint64 accountId) const
{
    const QList<qint64> ids = PortfolioMatrixRenderer::accountsAtSpotOf(QRectF(rect()), m_entries,
                                                                        accountId, m_bubbleSize);
    if (ids.size() < 2)
        return {};
    constexpr int Named = 12;
    QStringList names;
    for (const qint64 id : ids.mid(1, Named)) {
        for (const PortfolioEntry &entry : m_entries) {
            if (entry.account.id == id)
                names.append(entry.account.name);
        }
    }
    QString text =
        tr("\n\nAt the same spot (%n other account(s)): ", nullptr, int(ids.size() - 1)) +
        names.join(QStringLiteral(", "));
    if (ids.size() - 1 > Named)
        text += tr(" and %n more", nullptr, int(ids.size() - 1 - Named));
    return text + QLatin1Char('.');
}

void PortfolioMatrixChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    PortfolioMatrixRenderer::paint(&painter, QRectF(rect()), m_entries, m_title,
                                   m_hovered ? m_hovered : m_highlighted, m_bubbleSize);
}

void PortfolioMatrixChart::mouseMoveEvent(QMouseEvent *event)
{
    const qint64 hovered = accountAt(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered ? Qt::PointingHandCursor : Qt::ArrowCursor);
        emit accountHovered(hovered);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void PortfolioMatrixChart::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const qint64 id = accountAt(event->position())) {
            emit accountActivated(id);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

bool PortfolioMatrixChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipFor(accountAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Kingside
