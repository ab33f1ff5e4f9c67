#pragma once

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;

namespace Kingside {

// The first run's short tour of the window (README "Desktop behaviour"): a card of a few
// steps beside the part it explains, outlined. Closing it, or finishing it, is remembered
// in QSettings ("tour/dismissed"); Help → Tour shows it again.
class Tour : public QFrame
{
    Q_OBJECT

public:
    struct Step
    {
        QString title;
        QString text;
        // Shows the part (switching tabs as needed) and returns it.
        std::function<QWidget *()> show;
    };

    Tour(QList<Step> steps, QWidget *window);

    // Whether a first run may still offer it: not dismissed, and not switched off for
    // automated runs (KINGSIDE_NO_TOUR=1).
    static bool wanted();
    static void setDismissed(bool dismissed);

    void start();
    int step() const { return m_step; }
    int stepCount() const { return int(m_steps.size()); }
    QString stepTitle() const;
    void next();
    void back();
    // Closes it for good (remembered).
    void dismiss();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showStep();
    void place();

    QList<Step> m_steps;
    int m_step = 0;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_count;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_close;
    QFrame *m_outline;
    QPointer<QWidget> m_target;
};

} // namespace Kingside
