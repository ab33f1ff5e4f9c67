#include "BoardAccessible.h"

#include "BoardLegend.h"
#include "BoardScene.h"
#include "BoardStyle.h"
#include "BoardView.h"

#include <QLocale>
#include <QWindow>

namespace Kingside {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::BoardAccessible)
};

QWindow *windowOf(const QWidget *widget)
{
    return widget ? widget->window()->windowHandle() : nullptr;
}

// A rectangle of the scene in screen coordinates.
QRect screenRect(const BoardView *view, const QRectF &sceneRect)
{
    const QRect inViewport = view->mapFromScene(sceneRect).boundingRect();
    return QRect(view->viewport()->mapToGlobal(inViewport.topLeft()), inViewport.size());
}

QList<qint64> relationshipsOf(const BoardView *view, qint64 personId)
{
    QList<qint64> ids;
    for (const Relationship &r : view->boardScene()->data().relationships)
        if (r.fromId == personId || r.toId == personId)
            ids.append(r.id);
    return ids;
}

// One relationship as a child of one of its two people.
class RelationshipAccessible : public QAccessibleInterface
{
public:
    RelationshipAccessible(BoardView *view, qint64 personId, qint64 relationshipId)
        : m_view(view), m_personId(personId), m_relationshipId(relationshipId)
    {}

    qint64 relationshipId() const { return m_relationshipId; }
    const Relationship *relationship() const
    {
        return m_view ? m_view->boardScene()->data().relationship(m_relationshipId) : nullptr;
    }

    bool isValid() const override { return relationship() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return windowOf(m_view); }
    QAccessibleInterface *parent() const override
    {
        auto *board =
            dynamic_cast<BoardAccessible *>(QAccessible::queryAccessibleInterface(m_view.data()));
        return board ? board->personInterface(m_personId) : nullptr;
    }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        const Relationship *r = relationship();
        if (!r)
            return {};
        if (t == QAccessible::Name)
            return BoardAccessible::relationshipName(m_view, *r);
        if (t == QAccessible::Description)
            return r->notes;
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        const Relationship *r = relationship();
        if (!r)
            return {};
        const BoardScene *scene = m_view->boardScene();
        return screenRect(m_view,
                          QRectF(scene->sceneCentreOf(r->fromId), scene->sceneCentreOf(r->toId))
                              .normalized()
                              .adjusted(-2, -2, 2, 2));
    }
    QAccessible::Role role() const override { return QAccessible::TreeItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.selectable = true;
        state.selected =
            m_view && m_view->boardScene()->selectedRelationshipId() == m_relationshipId;
        return state;
    }

private:
    QPointer<BoardView> m_view;
    qint64 m_personId;
    qint64 m_relationshipId;
};

// One person on the board or on the team rail; their relationships are its children.
// Selecting is how the board's keyboard focus moves, so the selected person is the
// focused child while the board has the focus.
class PersonAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    PersonAccessible(BoardView *view, qint64 personId) : m_view(view), m_personId(personId) {}
    ~PersonAccessible() override
    {
        for (const QAccessible::Id id : std::as_const(m_lines))
            if (QAccessible::accessibleInterface(id))
                QAccessible::deleteAccessibleInterface(id);
    }

    qint64 personId() const { return m_personId; }
    const Person *person() const
    {
        return m_view ? m_view->boardScene()->data().person(m_personId) : nullptr;
    }

    bool isValid() const override { return person() != nullptr; }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return windowOf(m_view); }
    QAccessibleInterface *parent() const override
    {
        return QAccessible::queryAccessibleInterface(m_view.data());
    }
    int childCount() const override { return m_view ? int(lines().size()) : 0; }
    QAccessibleInterface *child(int index) const override
    {
        const QList<qint64> ids = lines();
        if (index < 0 || index >= ids.size())
            return nullptr;
        const qint64 relationship = ids[index];
        if (const QAccessible::Id id = m_lines.value(relationship))
            if (QAccessibleInterface *known = QAccessible::accessibleInterface(id))
                return known;
        auto *line = new RelationshipAccessible(m_view, m_personId, relationship);
        m_lines.insert(relationship, QAccessible::registerAccessibleInterface(line));
        return line;
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *line = dynamic_cast<const RelationshipAccessible *>(child);
        return line ? int(lines().indexOf(line->relationshipId())) : -1;
    }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override
    {
        const Person *p = person();
        if (!p)
            return {};
        if (t == QAccessible::Name)
            return BoardAccessible::personName(m_view, *p);
        if (t == QAccessible::Description)
            return BoardAccessible::personDescription(m_view, *p);
        return {};
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override
    {
        if (!m_view)
            return {};
        const BoardLayout &layout = m_view->boardScene()->layout();
        if (const BoardLayout::PiecePlace *place = layout.place(m_personId))
            return screenRect(m_view, place->slot);
        if (const BoardLayout::TeamPlace *place = layout.teamPlace(m_personId))
            return screenRect(m_view, place->card);
        return {};
    }
    QAccessible::Role role() const override { return QAccessible::TreeItem; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        if (!m_view)
            return state;
        state.focusable = true;
        state.selectable = true;
        state.selected = m_view->boardScene()->selectedPersonId() == m_personId;
        state.focused = state.selected && m_view->hasFocus();
        state.expandable = childCount() > 0;
        if (const BoardLayout::PiecePlace *place = m_view->boardScene()->layout().place(m_personId))
            state.invisible = !place->visible; // folded into the "+N" of a crowded square
        state.offscreen = !rect().intersects(
            QRect(m_view->viewport()->mapToGlobal(QPoint(0, 0)), m_view->viewport()->size()));
        return state;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        return type == QAccessible::ActionInterface
                   ? static_cast<QAccessibleActionInterface *>(this)
                   : nullptr;
    }

    // Focus selects the person; press opens them in the inspector (as Enter does).
    QStringList actionNames() const override { return {setFocusAction(), pressAction()}; }
    void doAction(const QString &name) override
    {
        if (!m_view)
            return;
        BoardScene *scene = m_view->boardScene();
        scene->selectPerson(m_personId);
        m_view->centreOnPerson(m_personId);
        if (name == pressAction())
            emit scene->editRequested();
    }
    QStringList keyBindingsForAction(const QString &name) const override
    {
        return name == pressAction() ? QStringList{QStringLiteral("Return")} : QStringList{};
    }

private:
    QList<qint64> lines() const { return relationshipsOf(m_view, m_personId); }

    QPointer<BoardView> m_view;
    qint64 m_personId;
    mutable QHash<qint64, QAccessible::Id> m_lines;
};

QAccessibleInterface *boardFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("Kingside::BoardView") && object && object->isWidgetType())
        return new BoardAccessible(static_cast<BoardView *>(object));
    return nullptr;
}

} // namespace

BoardAccessible::BoardAccessible(BoardView *view) : QAccessibleWidget(view, QAccessible::Tree) {}

BoardAccessible::~BoardAccessible()
{
    for (const QAccessible::Id id : std::as_const(m_people))
        if (QAccessible::accessibleInterface(id))
            QAccessible::deleteAccessibleInterface(id);
}

void BoardAccessible::install()
{
    static const bool installed = [] {
        QAccessible::installFactory(boardFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

BoardView *BoardAccessible::view() const
{
    return static_cast<BoardView *>(widget());
}

QList<qint64> BoardAccessible::order() const
{
    const BoardLayout &layout = view()->boardScene()->layout();
    QList<qint64> people;
    for (int file = 0; file < layout.files(); ++file)
        for (int rank = 0; rank < layout.ranks(); ++rank)
            people += layout.peopleOn({file, rank});
    for (const BoardLayout::PiecePlace &place : layout.places())
        if (!place.square.isValid())
            people.append(place.personId);
    for (const BoardLayout::TeamPlace &place : layout.team())
        people.append(place.personId);
    return people;
}

QString BoardAccessible::text(QAccessible::Text t) const
{
    const QString own = QAccessibleWidget::text(t);
    if (!own.isEmpty())
        return own;
    const BoardData &data = view()->boardScene()->data();
    if (t == QAccessible::Name)
        return data.isValid() ? tr("Chessboard of %1").arg(data.account.name) : tr("Chessboard");
    if (t == QAccessible::Description)
        return tr("Files are departments, ranks are levels. Arrow keys go from square to "
                  "square, Page Down and Page Up through the people of a square, Shift with an "
                  "arrow moves the selected piece, Enter edits it in the inspector.");
    return {};
}

int BoardAccessible::childCount() const
{
    const BoardLayout &layout = view()->boardScene()->layout();
    return int(layout.places().size() + layout.team().size());
}

QAccessibleInterface *BoardAccessible::child(int index) const
{
    const QList<qint64> people = order();
    if (index < 0 || index >= people.size())
        return nullptr;
    return personInterface(people[index]);
}

QAccessibleInterface *BoardAccessible::personInterface(qint64 personId) const
{
    if (!view()->boardScene()->data().person(personId))
        return nullptr;
    if (const QAccessible::Id id = m_people.value(personId))
        if (QAccessibleInterface *known = QAccessible::accessibleInterface(id))
            return known;
    auto *person = new PersonAccessible(view(), personId);
    m_people.insert(personId, QAccessible::registerAccessibleInterface(person));
    return person;
}

int BoardAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *person = dynamic_cast<const PersonAccessible *>(child);
    return person ? int(order().indexOf(person->personId())) : -1;
}

QAccessibleInterface *BoardAccessible::childAt(int x, int y) const
{
    const QPoint inViewport = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const qint64 person = view()->boardScene()->personAt(view()->mapToScene(inViewport));
    return person > 0 ? personInterface(person) : nullptr;
}

QAccessibleInterface *BoardAccessible::focusChild() const
{
    const qint64 person = view()->boardScene()->selectedPersonId();
    return person > 0 && view()->hasFocus() ? personInterface(person) : nullptr;
}

void BoardAccessible::prune()
{
    const BoardData &data = view()->boardScene()->data();
    for (auto it = m_people.begin(); it != m_people.end();) {
        if (!data.person(it.key())) {
            if (QAccessible::accessibleInterface(it.value()))
                QAccessible::deleteAccessibleInterface(it.value());
            it = m_people.erase(it);
        } else {
            ++it;
        }
    }
}

QString BoardAccessible::personName(const BoardView *view, const Person &person)
{
    const BoardData &data = view->boardScene()->data();
    const QString who =
        person.title.isEmpty() ? person.name : Text::tr("%1, %2").arg(person.name, person.title);
    if (person.isTeam()) {
        const BoardLayout::TeamPlace *place = view->boardScene()->layout().teamPlace(person.id);
        const bool mentor = place && place->mentor;
        return Text::tr("%1 — our team, %2")
            .arg(who, mentor ? Text::tr("mentor")
                             : Kingside::displayName(person.teamRole.value_or(TeamRole::Other)));
    }
    const int file = data.fileOf(person.departmentId);
    const int rank = data.rankOf(person.levelId);
    const QString department = file >= 0 ? data.departments[file].name : Text::tr("none");
    const QString level = rank >= 0 ? data.levels[rank].name : Text::tr("none");
    return Text::tr("%1 — %2, %3, department %4, level %5")
        .arg(who, Kingside::displayName(person.piece()), Kingside::displayName(person.attitude),
             department, level);
}

QString BoardAccessible::personDescription(const BoardView *view, const Person &person)
{
    const BoardScene *scene = view->boardScene();
    const BoardData &data = scene->data();
    QStringList parts;
    if (!person.isTeam()) {
        parts.append(Kingside::displayName(person.decisionRole));
        if (person.competitorId > 0)
            parts.append(
                Text::tr("favours %1").arg(data.competitorNames.value(person.competitorId)));
        if (const BoardLayout::PiecePlace *place = scene->layout().place(person.id)) {
            if (!place->square.isValid())
                parts.append(Text::tr("not placed on the board"));
            else if (!place->visible)
                parts.append(Text::tr("folded into the “+N” of a crowded square"));
        }
    }
    for (auto it = scene->highlights().cbegin(); it != scene->highlights().cend(); ++it)
        if (it.value().people.contains(person.id))
            parts.append(BoardLegend::markEntry(it.key()));
    const int lines = int(relationshipsOf(view, person.id).size());
    parts.append(Text::tr("%n relationship(s)", nullptr, lines));
    return parts.join(QStringLiteral("; "));
}

QString BoardAccessible::relationshipName(const BoardView *view, const Relationship &relationship)
{
    const BoardScene *scene = view->boardScene();
    const BoardData &data = scene->data();
    const Person *from = data.person(relationship.fromId);
    const Person *to = data.person(relationship.toId);
    const QString arrow =
        isDirected(relationship.kind) ? QStringLiteral(" → ") : QStringLiteral(" ↔ ");
    const QString pair = (from ? from->name : QString()) + arrow + (to ? to->name : QString());
    const Freshness freshness = BoardStyle::freshnessOf(relationship.lastContact, scene->today(),
                                                        data.account.freshnessDays);
    const QString contact =
        relationship.lastContact.isValid()
            ? Text::tr("%1, last contact %2")
                  .arg(BoardStyle::displayName(freshness),
                       QLocale().toString(relationship.lastContact, QLocale::ShortFormat))
            : BoardStyle::displayName(freshness);
    return Text::tr("%1: %2, strength %3 (%4), %5")
        .arg(pair, Kingside::displayName(relationship.kind))
        .arg(relationship.strength)
        .arg(BoardStyle::strengthName(relationship.strength), contact);
}

} // namespace Kingside
