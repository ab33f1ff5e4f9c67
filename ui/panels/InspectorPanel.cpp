#include "InspectorPanel.h"

#include "panels/ButtonAction.h"

#include "board/BoardData.h"
#include "commands/AddPerson.h"
#include "commands/AddRelationship.h"
#include "commands/EditPerson.h"
#include "commands/EditRelationship.h"
#include "commands/RemovePerson.h"
#include "commands/RemoveRelationship.h"
#include "commands/SetProductRole.h"
#include "domain/LocalFormat.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kingside {
namespace {

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    return box;
}

QLineEdit *line(const QString &name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(name);
    return edit;
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

template <typename Enum>
void fillEnum(QComboBox *box)
{
    for (const Enum value : allValues<Enum>())
        box->addItem(displayName(value), codeOf(value));
}

void select(QComboBox *box, const QVariant &data)
{
    box->setCurrentIndex(qMax(0, box->findData(data)));
}

} // namespace

InspectorPanel::InspectorPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("inspectorPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("inspectorMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_modeNote = new QLabel(this);
    m_modeNote->setObjectName(QStringLiteral("inspectorModeNote"));
    m_modeNote->setWordWrap(true);
    m_modeNote->setStyleSheet(QStringLiteral(
        "QLabel { background: #eef4fe; color: #1a3a6b; border-radius: 4px; padding: 4px; }"));
    m_modeNote->hide();
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createPersonPage());
    m_pages->addWidget(createRelationshipPage());
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("inspectorScroll"));
    scroll->setAccessibleName(tr("Inspector"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_pages);
    layout->addWidget(m_modeNote);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_personButtons);
    layout->addWidget(m_relationshipButtons);
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int page) {
        m_personButtons->setVisible(page == 1);
        m_relationshipButtons->setVisible(page == 2);
    });
    m_personButtons->hide();
    m_relationshipButtons->hide();
    showNothing();
}

QWidget *InspectorPanel::createEmptyPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *hint = new QLabel(tr("Select a piece, a team member or a line to see and edit it. "
                               "Drag a piece to another square to move it; drag from a team "
                               "member to a piece to add a relationship."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_squareLabel = new QLabel(page);
    m_squareLabel->setWordWrap(true);
    layout->addWidget(m_squareLabel);
    auto *form = new QFormLayout;
    m_newName = line(QStringLiteral("inspectorNewName"), page);
    m_newName->setPlaceholderText(tr("Name"));
    m_newSide = combo(QStringLiteral("inspectorNewSide"), page);
    m_newSide->addItem(tr("Client person on this square"), QStringLiteral("client"));
    for (const TeamRole role : allValues<TeamRole>())
        m_newSide->addItem(tr("Our team: %1").arg(displayName(role)), codeOf(role));
    form->addRow(tr("New:"), m_newSide);
    form->addRow(tr("Name:"), m_newName);
    layout->addLayout(form);
    auto *add = button(tr("Add person"), QStringLiteral("inspectorAddPerson"), page);
    connect(add, &QPushButton::clicked, this, &InspectorPanel::addPerson);
    ButtonAction::markFormButton(add); // submits the name typed beside it
    connect(m_newName, &QLineEdit::returnPressed, this, &InspectorPanel::addPerson);
    layout->addWidget(add);
    layout->addStretch(1);
    return page;
}

QWidget *InspectorPanel::createPersonPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_personHeading = new QLabel(page);
    m_personHeading->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 13px;"));
    layout->addWidget(m_personHeading);
    m_personForm = new QFormLayout;
    m_name = line(QStringLiteral("inspectorName"), page);
    m_title = line(QStringLiteral("inspectorTitle"), page);
    m_email = line(QStringLiteral("inspectorEmail"), page);
    m_phone = line(QStringLiteral("inspectorPhone"), page);
    m_department = combo(QStringLiteral("inspectorDepartment"), page);
    m_level = combo(QStringLiteral("inspectorLevel"), page);
    m_decisionRole = combo(QStringLiteral("inspectorDecisionRole"), page);
    fillEnum<DecisionRole>(m_decisionRole);
    m_pieceOverride = combo(QStringLiteral("inspectorPiece"), page);
    m_pieceOverride->addItem(tr("From the decision role"), QString());
    fillEnum<Piece>(m_pieceOverride);
    m_attitude = combo(QStringLiteral("inspectorAttitude"), page);
    fillEnum<Attitude>(m_attitude);
    m_competitor = combo(QStringLiteral("inspectorCompetitor"), page);
    m_teamRole = combo(QStringLiteral("inspectorTeamRole"), page);
    fillEnum<TeamRole>(m_teamRole);
    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("inspectorNotes"));
    m_notes->setMaximumHeight(70);
    m_personForm->addRow(tr("Name:"), m_name);
    m_personForm->addRow(tr("Title:"), m_title);
    m_personForm->addRow(tr("Email:"), m_email);
    m_personForm->addRow(tr("Phone:"), m_phone);
    m_personForm->addRow(tr("Department:"), m_department);
    m_personForm->addRow(tr("Level:"), m_level);
    m_personForm->addRow(tr("Decision role:"), m_decisionRole);
    m_personForm->addRow(tr("Piece:"), m_pieceOverride);
    m_personForm->addRow(tr("Attitude:"), m_attitude);
    m_personForm->addRow(tr("Favours:"), m_competitor);
    m_personForm->addRow(tr("Team role:"), m_teamRole);
    m_personForm->addRow(tr("Notes:"), m_notes);
    layout->addLayout(m_personForm);
    m_productRoles = new QWidget(page);
    m_productRoles->setObjectName(QStringLiteral("inspectorProductRoles"));
    m_productRolesLayout = new QGridLayout(m_productRoles);
    m_productRolesLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_productRoles);
    // Apply and Remove stay in sight under the scrolling fields (a short window too).
    m_personButtons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_personButtons);
    buttons->setContentsMargins(0, 4, 0, 0);
    auto *apply = button(tr("Apply"), QStringLiteral("inspectorApply"), m_personButtons);
    apply->setDefault(true);
    auto *remove = button(tr("Remove person"), QStringLiteral("inspectorRemove"), m_personButtons);
    connect(apply, &QPushButton::clicked, this, &InspectorPanel::applyPerson);
    ButtonAction::markFormButton(apply);
    connect(remove, &QPushButton::clicked, this, &InspectorPanel::removeCurrent);
    for (QLineEdit *edit : {m_name, m_title, m_email, m_phone})
        connect(edit, &QLineEdit::returnPressed, this, &InspectorPanel::applyPerson);
    buttons->addWidget(apply);
    buttons->addStretch(1);
    buttons->addWidget(remove);

    layout->addWidget(new QLabel(tr("<b>Relationships</b> (click to edit)"), page));
    m_relationships = new QListWidget(page);
    m_relationships->setObjectName(QStringLiteral("inspectorRelationships"));
    m_relationships->setAccessibleName(tr("Relationships"));
    m_relationships->setAccessibleDescription(
        tr("This person's relationships: with whom, kind, strength and last contact. Enter "
           "or a click edits one."));
    // Room for about five rows before the panel scrolls.
    m_relationships->setMinimumHeight(m_relationships->fontMetrics().height() * 5 + 16);
    connect(m_relationships, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit relationshipActivated(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_relationships, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit relationshipActivated(item->data(Qt::UserRole).toLongLong());
    });
    layout->addWidget(m_relationships, 1);
    auto *link = new QFormLayout;
    m_linkTarget = combo(QStringLiteral("inspectorLinkTarget"), page);
    m_linkKind = combo(QStringLiteral("inspectorLinkKind"), page);
    fillEnum<RelationshipKind>(m_linkKind);
    m_linkStrength = new QSpinBox(page);
    m_linkStrength->setObjectName(QStringLiteral("inspectorLinkStrength"));
    m_linkStrength->setRange(1, 5);
    m_linkStrength->setValue(3);
    link->addRow(tr("With:"), m_linkTarget);
    link->addRow(tr("Kind:"), m_linkKind);
    link->addRow(tr("Strength:"), m_linkStrength);
    layout->addLayout(link);
    auto *addLink =
        button(tr("Add relationship"), QStringLiteral("inspectorAddRelationship"), page);
    connect(addLink, &QPushButton::clicked, this, &InspectorPanel::addRelationship);
    ButtonAction::markFormButton(addLink);
    layout->addWidget(addLink);
    return page;
}

QWidget *InspectorPanel::createRelationshipPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    m_relationshipHeading = new QLabel(page);
    m_relationshipHeading->setWordWrap(true);
    m_relationshipHeading->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 13px;"));
    layout->addWidget(m_relationshipHeading);
    auto *form = new QFormLayout;
    m_kind = combo(QStringLiteral("inspectorKind"), page);
    fillEnum<RelationshipKind>(m_kind);
    m_strength = new QSpinBox(page);
    m_strength->setObjectName(QStringLiteral("inspectorStrength"));
    m_strength->setRange(1, 5);
    m_strength->setToolTip(tr("1 vendor · 2 credible source · 3 problem solver · 4 strategic "
                              "contributor · 5 trusted advisor"));
    m_met = new QCheckBox(tr("Last contact on"), page);
    m_met->setObjectName(QStringLiteral("inspectorMet"));
    m_lastContact = new QDateEdit(page);
    m_lastContact->setObjectName(QStringLiteral("inspectorLastContact"));
    m_lastContact->setAccessibleName(tr("Last contact"));
    m_lastContact->setCalendarPopup(true);
    m_lastContact->setDisplayFormat(LocalFormat::dateFormat());
    connect(m_met, &QCheckBox::toggled, m_lastContact, &QWidget::setEnabled);
    m_relationshipNotes = new QPlainTextEdit(page);
    m_relationshipNotes->setObjectName(QStringLiteral("inspectorRelationshipNotes"));
    m_relationshipNotes->setMaximumHeight(80);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Strength:"), m_strength);
    form->addRow(m_met, m_lastContact);
    form->addRow(tr("Notes:"), m_relationshipNotes);
    layout->addLayout(form);
    m_relationshipButtons = new QWidget(this);
    auto *buttons = new QHBoxLayout(m_relationshipButtons);
    buttons->setContentsMargins(0, 4, 0, 0);
    auto *apply =
        button(tr("Apply"), QStringLiteral("inspectorApplyRelationship"), m_relationshipButtons);
    auto *remove = button(tr("Remove relationship"), QStringLiteral("inspectorRemoveRelationship"),
                          m_relationshipButtons);
    connect(apply, &QPushButton::clicked, this, &InspectorPanel::applyRelationship);
    ButtonAction::markFormButton(apply);
    connect(remove, &QPushButton::clicked, this, &InspectorPanel::removeCurrent);
    buttons->addWidget(apply);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    layout->addStretch(1);
    return page;
}

void InspectorPanel::setContext(const BoardData *data)
{
    m_data = data;
    fillChoices();
    if (!m_data || !m_data->isValid()) {
        showNothing();
        return;
    }
    // Re-read the shown object: an edit or undo may have changed it.
    if (m_relationshipId && m_data->relationship(m_relationshipId))
        showRelationship(m_relationshipId);
    else if (m_personId && m_data->person(m_personId))
        showPerson(m_personId);
    else if (m_personId || m_relationshipId)
        showNothing(m_square);
}

void InspectorPanel::fillChoices()
{
    m_department->clear();
    m_level->clear();
    m_competitor->clear();
    m_department->addItem(tr("Unknown"), qint64(0));
    m_level->addItem(tr("Unknown"), qint64(0));
    m_competitor->addItem(tr("No competitor"), qint64(0));
    if (!m_data)
        return;
    for (const Department &department : m_data->departments)
        m_department->addItem(department.name, department.id);
    for (const Level &level : m_data->levels)
        m_level->addItem(level.name, level.id);
    // A person favours one of the competitors active in this account (Account → Account
    // Properties lists them).
    for (const auto &[id, name] : m_data->competitors)
        m_competitor->addItem(name, id);
}

void InspectorPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error
                                 ? QStringLiteral("QLabel { background: #fff4f2; color: #7a1010; "
                                                  "border: 1px solid #c0101a; border-radius: 4px; "
                                                  "padding: 4px; }")
                                 : QStringLiteral("QLabel { color: #1e6b3a; padding: 4px; }"));
    m_message->setVisible(!text.isEmpty());
}

QString InspectorPanel::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void InspectorPanel::showNothing(const BoardSquare &square)
{
    m_personId = 0;
    m_relationshipId = 0;
    m_square = square;
    QString where;
    if (m_data && square.isValid() && square.file < m_data->departments.size() &&
        square.rank < m_data->levels.size())
        where = tr("Square: <b>%1 · %2</b> — a client person added here stands on it.")
                    .arg(m_data->departments[square.file].name.toHtmlEscaped(),
                         m_data->levels[square.rank].name.toHtmlEscaped());
    else if (m_data && m_data->isValid())
        where = tr("No square chosen: click the square of the person's department and level "
                   "first, or they stand beside the board until moved.");
    m_squareLabel->setText(where);
    m_pages->setCurrentIndex(0);
}

void InspectorPanel::showPerson(qint64 personId)
{
    const Person *person = m_data ? m_data->person(personId) : nullptr;
    if (!person) {
        showNothing();
        return;
    }
    if (personId != m_personId)
        showMessage({});
    m_personId = personId;
    m_relationshipId = 0;
    m_personHeading->setText(person->isTeam()
                                 ? tr("Our team: %1").arg(person->name)
                                 : tr("%1 (%2)").arg(person->name, displayName(person->piece())));
    m_name->setText(person->name);
    m_title->setText(person->title);
    m_email->setText(person->email);
    m_phone->setText(person->phone);
    select(m_department, person->departmentId);
    select(m_level, person->levelId);
    select(m_decisionRole, codeOf(person->decisionRole));
    select(m_pieceOverride, person->pieceOverride ? codeOf(*person->pieceOverride) : QString());
    select(m_attitude, codeOf(person->attitude));
    if (person->competitorId && m_competitor->findData(person->competitorId) < 0)
        m_competitor->addItem(m_data->competitorNames.value(person->competitorId),
                              person->competitorId);
    select(m_competitor, person->competitorId);
    fillProductRoles(*person);
    select(m_teamRole, person->teamRole ? codeOf(*person->teamRole) : QString());
    m_notes->setPlainText(person->notes);
    const bool client = !person->isTeam();
    for (QWidget *field :
         {static_cast<QWidget *>(m_department), static_cast<QWidget *>(m_level),
          static_cast<QWidget *>(m_decisionRole), static_cast<QWidget *>(m_pieceOverride),
          static_cast<QWidget *>(m_attitude), static_cast<QWidget *>(m_competitor)})
        m_personForm->setRowVisible(field, client);
    m_personForm->setRowVisible(m_teamRole, !client);

    m_relationships->clear();
    m_linkTarget->clear();
    for (const Relationship &relationship : m_data->relationships) {
        if (relationship.fromId != personId && relationship.toId != personId)
            continue;
        const qint64 other =
            relationship.fromId == personId ? relationship.toId : relationship.fromId;
        const Person *otherPerson = m_data->person(other);
        const QString arrow =
            isDirected(relationship.kind)
                ? (relationship.fromId == personId ? QStringLiteral("→") : QStringLiteral("←"))
                : QStringLiteral("–");
        auto *item =
            new QListWidgetItem(tr("%1 %2 · %3, strength %4, %5")
                                    .arg(arrow, otherPerson ? otherPerson->name : QString(),
                                         displayName(relationship.kind))
                                    .arg(relationship.strength)
                                    .arg(relationship.lastContact.isValid()
                                             ? LocalFormat::date(relationship.lastContact)
                                             : tr("never met")),
                                m_relationships);
        item->setData(Qt::UserRole, relationship.id);
    }
    for (const QList<Person> *people : {&m_data->team, &m_data->clients}) {
        for (const Person &other : *people) {
            if (other.id != personId && !(person->isTeam() && other.isTeam()))
                m_linkTarget->addItem(
                    other.isTeam() ? tr("%1 (our team)").arg(other.name) : other.name, other.id);
        }
    }
    select(m_linkKind,
           codeOf(person->isTeam() ? RelationshipKind::Working : RelationshipKind::Influence));
    m_pages->setCurrentIndex(1);
}

void InspectorPanel::showRelationship(qint64 relationshipId)
{
    const Relationship *relationship = m_data ? m_data->relationship(relationshipId) : nullptr;
    if (!relationship) {
        showNothing();
        return;
    }
    if (relationshipId != m_relationshipId)
        showMessage({});
    m_relationshipId = relationshipId;
    m_personId = 0;
    const Person *from = m_data->person(relationship->fromId);
    const Person *to = m_data->person(relationship->toId);
    m_relationshipHeading->setText(
        tr("%1 %2 %3")
            .arg(from ? from->name : QString(),
                 isDirected(relationship->kind) ? QStringLiteral("→") : QStringLiteral("–"),
                 to ? to->name : QString()));
    select(m_kind, codeOf(relationship->kind));
    m_strength->setValue(relationship->strength);
    m_met->setChecked(relationship->lastContact.isValid());
    m_lastContact->setEnabled(relationship->lastContact.isValid());
    m_lastContact->setDate(relationship->lastContact.isValid() ? relationship->lastContact
                                                               : QDate::currentDate());
    m_relationshipNotes->setPlainText(relationship->notes);
    m_pages->setCurrentIndex(2);
}

void InspectorPanel::focusEditor()
{
    if (m_pages->currentIndex() == 1) {
        m_name->setFocus();
        m_name->selectAll();
    } else if (m_pages->currentIndex() == 2) {
        m_strength->setFocus();
    } else {
        m_newName->setFocus();
    }
}

void InspectorPanel::setWritable(bool writable)
{
    m_writable = writable;
    m_modeNote->setText(tr("Opened for review or read-only: the details show here, but they "
                           "cannot be changed. Comments go on the Plan && Reviews tab."));
    m_modeNote->setVisible(!writable);
    for (QPushButton *button : findChildren<QPushButton *>())
        button->setEnabled(writable);
    for (QLineEdit *edit : m_pages->findChildren<QLineEdit *>())
        edit->setReadOnly(!writable);
    for (QPlainTextEdit *edit : m_pages->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(!writable);
    for (QWidget *field : m_pages->findChildren<QWidget *>()) {
        if (qobject_cast<QComboBox *>(field) || qobject_cast<QSpinBox *>(field) ||
            qobject_cast<QDateEdit *>(field) || qobject_cast<QCheckBox *>(field))
            field->setEnabled(writable);
    }
    if (!writable)
        showMessage({});
}

bool InspectorPanel::run(WorkspaceCommand *command)
{
    if (m_workspace->execute(command)) {
        showMessage({});
        return true;
    }
    showMessage(m_workspace->errorString());
    return false;
}

bool InspectorPanel::applyPerson()
{
    const Person *person = m_data ? m_data->person(m_personId) : nullptr;
    if (!person)
        return false;
    // The edited person as typed values; the rules (a name, one King) are the model's.
    Person edited = *person;
    edited.name = m_name->text().trimmed();
    edited.title = m_title->text().trimmed();
    edited.email = m_email->text().trimmed();
    edited.phone = m_phone->text().trimmed();
    edited.notes = m_notes->toPlainText();
    if (person->isTeam()) {
        edited.teamRole = enumFromCode<TeamRole>(m_teamRole->currentData().toString());
    } else {
        edited.departmentId = m_department->currentData().toLongLong();
        edited.levelId = m_level->currentData().toLongLong();
        edited.decisionRole = enumFromCode<DecisionRole>(m_decisionRole->currentData().toString())
                                  .value_or(DecisionRole::None);
        edited.pieceOverride = enumFromCode<Piece>(m_pieceOverride->currentData().toString());
        edited.attitude = enumFromCode<Attitude>(m_attitude->currentData().toString())
                              .value_or(Attitude::Neutral);
        edited.competitorId = m_competitor->currentData().toLongLong();
    }
    const auto same = [](const Person &a, const Person &b) {
        return a.name == b.name && a.title == b.title && a.email == b.email && a.phone == b.phone &&
               a.notes == b.notes && a.teamRole == b.teamRole && a.departmentId == b.departmentId &&
               a.levelId == b.levelId && a.decisionRole == b.decisionRole &&
               a.pieceOverride == b.pieceOverride && a.attitude == b.attitude &&
               a.competitorId == b.competitorId;
    };
    if (same(edited, *person)) {
        showMessage(tr("Nothing changed."), false);
        return true;
    }
    if (!run(new EditPerson(m_workspace, edited, tr("Edit %1").arg(person->name)))) {
        // The refused value goes back to what is stored; the message says why.
        const QString why = message();
        showPerson(person->id);
        showMessage(why);
        return false;
    }
    return true;
}

bool InspectorPanel::applyRelationship()
{
    const Relationship *relationship = m_data ? m_data->relationship(m_relationshipId) : nullptr;
    if (!relationship)
        return false;
    Relationship edited = *relationship;
    edited.kind = enumFromCode<RelationshipKind>(m_kind->currentData().toString())
                      .value_or(relationship->kind);
    edited.strength = m_strength->value();
    edited.lastContact = m_met->isChecked() ? m_lastContact->date() : QDate();
    edited.notes = m_relationshipNotes->toPlainText();
    if (edited.kind == relationship->kind && edited.strength == relationship->strength &&
        edited.lastContact == relationship->lastContact && edited.notes == relationship->notes) {
        showMessage(tr("Nothing changed."), false);
        return true;
    }
    if (!run(new EditRelationship(m_workspace, edited, tr("Edit relationship")))) {
        // As for a person: the fields go back to what is stored, the message stays.
        const QString why = message();
        showRelationship(relationship->id);
        showMessage(why);
        return false;
    }
    return true;
}

bool InspectorPanel::addRelationship()
{
    if (!m_data || !m_data->person(m_personId) || m_linkTarget->count() == 0)
        return false;
    Relationship relationship;
    relationship.accountId = m_data->account.id;
    relationship.fromId = m_personId;
    relationship.toId = m_linkTarget->currentData().toLongLong();
    relationship.kind = enumFromCode<RelationshipKind>(m_linkKind->currentData().toString())
                            .value_or(RelationshipKind::Working);
    relationship.strength = m_linkStrength->value();
    return run(new AddRelationship(m_workspace, relationship));
}

bool InspectorPanel::addPerson()
{
    if (!m_data || !m_data->isValid())
        return false;
    const QString name = m_newName->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("Type the new person's name first."));
        m_newName->setFocus();
        return false;
    }
    Person person;
    person.accountId = m_data->account.id;
    person.name = name;
    const QString side = m_newSide->currentData().toString();
    if (side == QLatin1String("client")) {
        if (m_square.isValid() && m_square.file < m_data->departments.size() &&
            m_square.rank < m_data->levels.size()) {
            person.departmentId = m_data->departments[m_square.file].id;
            person.levelId = m_data->levels[m_square.rank].id;
        }
    } else {
        person.side = Side::Team;
        person.teamRole = enumFromCode<TeamRole>(side);
    }
    auto *command = new AddPerson(m_workspace, person);
    if (!m_workspace->execute(command)) {
        showMessage(m_workspace->errorString());
        return false;
    }
    m_newName->clear();
    showMessage({});
    emit personActivated(command->personId());
    return true;
}

bool InspectorPanel::removeCurrent()
{
    if (m_relationshipId)
        return run(new RemoveRelationship(m_workspace, m_relationshipId));
    if (const Person *person = m_data ? m_data->person(m_personId) : nullptr)
        return run(new RemovePerson(m_workspace, person->id, person->name));
    return false;
}

// Which of the account's products this person uses, specifies or buys: each box is one
// undoable SetProductRole.
void InspectorPanel::fillProductRoles(const Person &person)
{
    // A box may be rebuilt from inside its own toggled() (the edit re-reads the board):
    // the old ones go later, nameless, so that nothing finds them.
    while (QLayoutItem *item = m_productRolesLayout->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->setObjectName({});
            widget->hide();
            widget->deleteLater();
        }
        delete item;
    }
    const bool client = !person.isTeam();
    m_productRoles->setVisible(client && m_data && !m_data->products.isEmpty());
    if (!client || !m_data || m_data->products.isEmpty())
        return;
    auto *heading = new QLabel(tr("<b>Products</b>"), m_productRoles);
    m_productRolesLayout->addWidget(heading, 0, 0);
    const QList<ProductRole> roles = allValues<ProductRole>();
    for (int column = 0; column < roles.size(); ++column)
        m_productRolesLayout->addWidget(new QLabel(displayName(roles[column]), m_productRoles), 0,
                                        column + 1, Qt::AlignCenter);
    int row = 1;
    for (const auto &[productId, productName] : m_data->products) {
        m_productRolesLayout->addWidget(new QLabel(productName, m_productRoles), row, 0);
        for (int column = 0; column < roles.size(); ++column) {
            const ProductRole role = roles[column];
            bool holds = false;
            for (const BoardProductRole &holder : m_data->productRoles)
                holds |= holder.personId == person.id && holder.productId == productId &&
                         holder.role == role;
            auto *box = new QCheckBox(m_productRoles);
            box->setObjectName(
                QStringLiteral("inspectorProduct_%1_%2").arg(productId).arg(codeOf(role)));
            box->setToolTip(
                tr("%1 %2 %3").arg(person.name, displayName(role).toLower(), productName));
            box->setChecked(holds);
            box->setEnabled(m_workspace->mode() == Workspace::Mode::ReadWrite);
            const qint64 personId = person.id;
            const qint64 product = productId;
            connect(box, &QCheckBox::toggled, this, [this, personId, product, role](bool on) {
                run(new SetProductRole(m_workspace, personId, product, role, on));
            });
            m_productRolesLayout->addWidget(box, row, column + 1, Qt::AlignCenter);
        }
        ++row;
    }
}

} // namespace Kingside
