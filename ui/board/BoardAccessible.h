#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QHash>
#include <QPointer>

namespace Kingside {

class BoardView;
struct Person;
struct Relationship;

// The board as assistive technology sees it (README "Accessibility"): the view's
// children are the people, client pieces square by square and then our team on the rail;
// each person's children are their relationships. Installed for every BoardView by
// BoardView itself through QAccessible::installFactory.
class BoardAccessible : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(Kingside::BoardAccessible)

public:
    explicit BoardAccessible(BoardView *view);
    ~BoardAccessible() override;

    static void install();

    QString text(QAccessible::Text t) const override;
    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QAccessibleInterface *focusChild() const override;

    // The interface of one person on this board (nullptr when not on it).
    QAccessibleInterface *personInterface(qint64 personId) const;
    // Forget the interfaces of people who are no longer on the board (after a change).
    void prune();

    BoardView *view() const;
    // People in the order assistive technology reads them: file by file, top to bottom
    // (as the arrow keys go), the unplaced, then our team.
    QList<qint64> order() const;

    // The words for a person and a relationship, also used as tooltips' plain twin.
    static QString personName(const BoardView *view, const Person &person);
    static QString personDescription(const BoardView *view, const Person &person);
    static QString relationshipName(const BoardView *view, const Relationship &relationship);

private:
    mutable QHash<qint64, QAccessible::Id> m_people;
};

} // namespace Kingside
