#pragma once

#include "board/BoardLayout.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace Kingside {

class Workspace;
struct BoardData;
struct Person;

// Beside the board: every field of the selected person or relationship, edited and
// validated here and written as one undoable command on Apply; adds people and
// relationships, and removes them.
class InspectorPanel : public QWidget
{
    Q_OBJECT

public:
    InspectorPanel(Workspace *workspace, QWidget *parent = nullptr);

    // The account's data as the board last read it (owned by the board's scene).
    void setContext(const BoardData *data);
    void showPerson(qint64 personId);
    void showRelationship(qint64 relationshipId);
    void showNothing(const BoardSquare &square = {});
    qint64 personId() const { return m_personId; }
    qint64 relationshipId() const { return m_relationshipId; }
    // Put the keyboard in the first field (Enter on the board).
    void focusEditor();
    // Review and read-only workspaces: everything shows, nothing offers to edit.
    void setWritable(bool writable);
    bool isWritable() const { return m_writable; }

    QString message() const;

    // Apply the edited fields as one command; false (and a message here) when refused.
    bool applyPerson();
    bool applyRelationship();
    bool addRelationship();
    bool addPerson();
    bool removeCurrent();

signals:
    void personActivated(qint64 personId);
    void relationshipActivated(qint64 relationshipId);

private:
    QWidget *createPersonPage();
    QWidget *createRelationshipPage();
    QWidget *createEmptyPage();
    void fillChoices();
    void fillProductRoles(const Person &person);
    void showMessage(const QString &text, bool error = true);
    bool run(class WorkspaceCommand *command);

    Workspace *m_workspace;
    const BoardData *m_data = nullptr;
    qint64 m_personId = 0;
    qint64 m_relationshipId = 0;
    BoardSquare m_square;

    QStackedWidget *m_pages;
    QLabel *m_message;
    QLabel *m_modeNote;
    QWidget *m_personButtons = nullptr;
    QWidget *m_relationshipButtons = nullptr;
    bool m_writable = true;
    // person
    QLabel *m_personHeading;
    QLineEdit *m_name;
    QLineEdit *m_title;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QComboBox *m_department;
    QComboBox *m_level;
    QComboBox *m_decisionRole;
    QComboBox *m_pieceOverride;
    QComboBox *m_attitude;
    QComboBox *m_competitor;
    QComboBox *m_teamRole;
    QPlainTextEdit *m_notes;
    QFormLayout *m_personForm;
    QWidget *m_productRoles;
    QGridLayout *m_productRolesLayout;
    QListWidget *m_relationships;
    QComboBox *m_linkTarget;
    QComboBox *m_linkKind;
    QSpinBox *m_linkStrength;
    // relationship
    QLabel *m_relationshipHeading;
    QComboBox *m_kind;
    QSpinBox *m_strength;
    QCheckBox *m_met;
    QDateEdit *m_lastContact;
    QPlainTextEdit *m_relationshipNotes;
    // nothing selected
    QLabel *m_squareLabel;
    QLineEdit *m_newName;
    QComboBox *m_newSide;
};

} // namespace Kingside
