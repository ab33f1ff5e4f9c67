#include "Tour.h"

#include "panels/ButtonAction.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace Kingside {

namespace {
constexpr auto dismissedKey = "tour/dismissed";
}

Tour::Tour(QList<Step> steps, QWidget *window)
    : QFrame(window), m_steps(std::move(steps)), m_title(new QLabel(this)),
      m_text(new QLabel(this)), m_count(new QLabel(this)),
      m_back(new QPushButton(tr("&Back"), this)), m_next(new QPushButton(tr("&Next"), this)),
      m_close(new QPushButton(tr("Close the Tour"), this)), m_outline(new QFrame(window))
{
    setObjectName(QStringLiteral("tour"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The card takes the window's palette, so it reads in light and dark alike; the
    // outline is the board's selection blue.
    setStyleSheet(QStringLiteral(
        "#tour { background: palette(window); border: 2px solid #1f6feb; border-radius: 8px; }"));
    m_outline->setObjectName(QStringLiteral("tourOutline"));
    m_outline->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_outline->setStyleSheet(QStringLiteral("#tourOutline { border: 3px solid #1f6feb; "
                                            "border-radius: 6px; background: transparent; }"));
    m_outline->hide();
    m_title->setObjectName(QStringLiteral("tourTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("tourText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_count->setObjectName(QStringLiteral("tourStep"));
    m_back->setObjectName(QStringLiteral("tourBack"));
    m_next->setObjectName(QStringLiteral("tourNext"));
    m_close->setObjectName(QStringLiteral("tourClose"));
    m_close->setToolTip(tr("The tour does not come back by itself; Help → Tour shows it again"));
    // The card's own controls: they answer the tour, the menu has Help → Tour.
    for (QPushButton *button : {m_back, m_next, m_close})
        ButtonAction::markFormButton(button);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_count);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
    setFixedWidth(360);
    connect(m_back, &QPushButton::clicked, this, &Tour::back);
    connect(m_next, &QPushButton::clicked, this, &Tour::next);
    connect(m_close, &QPushButton::clicked, this, &Tour::dismiss);
    window->installEventFilter(this);
    hide();
}

bool Tour::wanted()
{
    return qEnvironmentVariableIsEmpty("KINGSIDE_NO_TOUR") &&
           !QSettings().value(QLatin1String(dismissedKey), false).toBool();
}

void Tour::setDismissed(bool dismissed)
{
    QSettings().setValue(QLatin1String(dismissedKey), dismissed);
}

void Tour::start()
{
    m_step = 0;
    show();
    raise();
    showStep();
    m_next->setFocus();
}

QString Tour::stepTitle() const
{
    return m_title->text();
}

void Tour::next()
{
    if (m_step + 1 >= m_steps.size()) {
        dismiss(); // finished: as good as closed
        return;
    }
    ++m_step;
    showStep();
}

void Tour::back()
{
    if (m_step > 0) {
        --m_step;
        showStep();
    }
}

void Tour::dismiss()
{
    setDismissed(true);
    hide();
    m_outline->hide();
}

void Tour::showStep()
{
    const Step &step = m_steps[m_step];
    m_title->setText(step.title);
    m_text->setText(step.text);
    m_count->setText(tr("%1 of %2").arg(m_step + 1).arg(m_steps.size()));
    m_back->setEnabled(m_step > 0);
    m_next->setText(m_step + 1 < m_steps.size() ? tr("&Next") : tr("&Done"));
    m_target = step.show ? step.show() : nullptr;
    place();
}

void Tour::place()
{
    QWidget *window = parentWidget();
    adjustSize();
    QRect target = m_target && m_target->isVisible()
                       ? QRect(m_target->mapTo(window, QPoint(0, 0)), m_target->size())
                       : QRect();
    if (target.isValid()) {
        m_outline->setGeometry(target.adjusted(1, 1, -1, -1));
        m_outline->show();
        m_outline->raise();
    } else {
        m_outline->hide();
    }
    // Beside the part when there is room at its right, else inside its top right corner;
    // always whole in the window.
    QPoint at = target.isValid() ? QPoint(target.right() + 12, target.top() + 40)
                                 : QPoint((window->width() - width()) / 2, 80);
    if (target.isValid() && at.x() + width() > window->width() - 8)
        at = QPoint(target.right() - width() - 16, target.top() + 40);
    at.setX(qBound(8, at.x(), qMax(8, window->width() - width() - 8)));
    at.setY(qBound(8, at.y(), qMax(8, window->height() - height() - 8)));
    move(at);
    raise();
}

bool Tour::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace Kingside
