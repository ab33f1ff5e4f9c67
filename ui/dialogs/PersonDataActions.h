#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QAction;
class QWidget;

namespace Kingside {

class Workspace;

// The window's two actions on the person selected on the board (README "A person's
// data, on request"): Export Person's Data… writes the JSON document to a file the user
// chooses; Erase Person… names what goes, asks for confirmation and erases for good.
class PersonDataActions : public QObject
{
    Q_OBJECT

public:
    // `selectedPerson` gives the id of the person the actions apply to (0: none);
    // `window` parents the dialogs and shows the outcome in its status bar.
    PersonDataActions(Workspace *workspace, std::function<qint64()> selectedPerson,
                      QWidget *window);

    QAction *exportAction() const { return m_export; }
    QAction *eraseAction() const { return m_erase; }

    // The steps behind the dialogs, for tests and scripts: false with *error on failure.
    bool exportTo(qint64 personId, const QString &path, QString *error) const;
    // What happened, in a paragraph; empty with *error on failure. *error is also set
    // when the person is gone but the file could not be compacted afterwards.
    QString erase(qint64 personId, QString *error);

    // Follows the selection and the workspace's mode.
    void updateActions();

signals:
    void erased(qint64 personId, const QString &summary);

private:
    void exportSelected();
    void eraseSelected();

    Workspace *m_workspace;
    std::function<qint64()> m_selectedPerson;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_erase;
};

} // namespace Kingside
