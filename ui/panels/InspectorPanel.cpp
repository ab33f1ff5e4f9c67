#include "InspectorPanel.h"

#include "board/BoardData.h"
#include "commands/AddPerson.h"
#include "commands/AddRelationship.h"
#include "commands/RemovePerson.h"
#include "commands/RemoveRelationship.h"
#include "commands/SetProperties.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
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

QVariant idValue(QComboBox *box)
{
    const qint64 id = box->currentData().toLongLong();
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
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
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createPersonPage());
    m_pages->addWidget(createRelationshipPage());
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_pages);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
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
    auto *buttons = new QHBoxLayout;
    auto *apply = button(tr("Apply"), QStringLiteral("inspectorApply"), page);
    apply->setDefault(true);
    auto *remove = button(tr("Remove person"), QStringLiteral("inspectorRemove"), page);
    connect(apply, &QPushButton::clicked, this, &InspectorPanel::applyPerson);
    connect(remove, &QPushButton::clicked, this, &InspectorPanel::removeCurrent);
    for (QLineEdit *edit : {m_name, m_title, m_email, m_phone})
        connect(edit, &QLineEdit::returnPressed, this, &InspectorPanel::applyPerson);
    buttons->addWidget(apply);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    layout->addLayout(buttons);

    layout->addWidget(new QLabel(tr("<b>Relationships</b> (click to edit)"), page));
    m_relationships = new QListWidget(page);
    m_relationships->setObjectName(QStringLiteral("inspectorRelationships"));
    m_relationships->setMinimumHeight(90);
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
    m_lastContact->setCalendarPopup(true);
    m_lastContact->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    connect(m_met, &QCheckBox::toggled, m_lastContact, &QWidget::setEnabled);
    m_relationshipNotes = new QPlainTextEdit(page);
    m_relationshipNotes->setObjectName(QStringLiteral("inspectorRelationshipNotes"));
    m_relationshipNotes->setMaximumHeight(80);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Strength:"), m_strength);
    form->addRow(m_met, m_lastContact);
    form->addRow(tr("Notes:"), m_relationshipNotes);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    auto *apply = button(tr("Apply"), QStringLiteral("inspectorApplyRelationship"), page);
    auto *remove =
        button(tr("Remove relationship"), QStringLiteral("inspectorRemoveRelationship"), page);
    connect(apply, &QPushButton::clicked, this, &InspectorPanel::applyRelationship);
    connect(remove, &QPushButton::clicked, this, &InspectorPanel::removeCurrent);
    buttons->addWidget(apply);
    buttons->addStretch(1);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
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
    QList<std::pair<QString, qint64>> competitors;
    for (auto it = m_data->competitorNames.cbegin(); it != m_data->competitorNames.cend(); ++it)
        competitors.append({it.value(), it.key()});
    std::sort(competitors.begin(), competitors.end());
    for (const auto &[name, id] : competitors)
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
        where = tr("Square: %1 · %2")
                    .arg(m_data->departments[square.file].name, m_data->levels[square.rank].name);
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
    select(m_competitor, person->competitorId);
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
                                             ? relationship.lastContact.toString(Qt::ISODate)
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
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("A name cannot be empty."));
        m_name->setFocus();
        return false;
    }
    QVariantMap values;
    const auto changed = [&values](const char *column, const QVariant &before,
                                   const QVariant &after) {
        if (before != after)
            values.insert(QString::fromLatin1(column), after);
    };
    changed("name", person->name, name);
    changed("title", person->title, m_title->text().trimmed());
    changed("email", person->email, m_email->text().trimmed());
    changed("phone", person->phone, m_phone->text().trimmed());
    changed("notes", person->notes, m_notes->toPlainText());
    if (person->isTeam()) {
        changed("team_role", person->teamRole ? codeOf(*person->teamRole) : QString(),
                m_teamRole->currentData().toString());
    } else {
        const QString role = m_decisionRole->currentData().toString();
        if (role == codeOf(DecisionRole::DecisionMaker) &&
            person->decisionRole != DecisionRole::DecisionMaker) {
            for (const Person &other : m_data->clients) {
                if (other.id != person->id && other.decisionRole == DecisionRole::DecisionMaker) {
                    showMessage(tr("%1 is already the King (final decision maker) of this account, "
                                   "and an account has one. Change %1's role first.")
                                    .arg(other.name));
                    m_decisionRole->setFocus();
                    return false;
                }
            }
        }
        if (person->departmentId != m_department->currentData().toLongLong())
            values.insert(QStringLiteral("department_id"), idValue(m_department));
        if (person->levelId != m_level->currentData().toLongLong())
            values.insert(QStringLiteral("level_id"), idValue(m_level));
        changed("decision_role", codeOf(person->decisionRole), role);
        const QString piece = m_pieceOverride->currentData().toString();
        const QString before = person->pieceOverride ? codeOf(*person->pieceOverride) : QString();
        if (piece != before)
            values.insert(QStringLiteral("piece_override"),
                          piece.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                          : QVariant(piece));
        changed("attitude", codeOf(person->attitude), m_attitude->currentData().toString());
        if (person->competitorId != m_competitor->currentData().toLongLong())
            values.insert(QStringLiteral("competitor_id"), idValue(m_competitor));
    }
    if (values.isEmpty()) {
        showMessage(tr("Nothing changed."), false);
        return true;
    }
    return run(new SetProperties(m_workspace, Change::Entity::Person, person->id, values,
                                 tr("Edit %1").arg(person->name)));
}

bool InspectorPanel::applyRelationship()
{
    const Relationship *relationship = m_data ? m_data->relationship(m_relationshipId) : nullptr;
    if (!relationship)
        return false;
    QVariantMap values;
    const QString kind = m_kind->currentData().toString();
    if (kind != codeOf(relationship->kind))
        values.insert(QStringLiteral("kind"), kind);
    if (m_strength->value() != relationship->strength)
        values.insert(QStringLiteral("strength"), m_strength->value());
    const QDate contact = m_met->isChecked() ? m_lastContact->date() : QDate();
    if (contact != relationship->lastContact)
        values.insert(QStringLiteral("last_contact"),
                      contact.isValid() ? QVariant(contact.toString(Qt::ISODate))
                                        : QVariant(QMetaType::fromType<QString>()));
    if (m_relationshipNotes->toPlainText() != relationship->notes)
        values.insert(QStringLiteral("notes"), m_relationshipNotes->toPlainText());
    if (values.isEmpty()) {
        showMessage(tr("Nothing changed."), false);
        return true;
    }
    return run(new SetProperties(m_workspace, Change::Entity::Relationship, relationship->id,
                                 values, tr("Edit relationship")));
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

} // namespace Kingside
