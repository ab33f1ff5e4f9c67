#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Kingside {

// What the window shows when there is nothing to show yet: no workspace open, or a
// workspace without accounts. It says what to do next and offers the buttons for it.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // An open workspace with no accounts (true), or no workspace at all (false).
    void setWorkspaceOpen(bool open, const QString &workspaceName = {});

signals:
    void newAccountRequested();
    void importRequested();
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void demoRequested();

private:
    QLabel *m_heading;
    QLabel *m_text;
    QPushButton *m_newAccount;
    QPushButton *m_import;
    QPushButton *m_newWorkspace;
    QPushButton *m_open;
    QPushButton *m_demo;
};

} // namespace Kingside
