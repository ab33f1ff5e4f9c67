// The scene follows the data: the demo's largest account has one piece per client
// person on its department × level square, fills follow attitudes, line widths follow
// strengths, filters and highlights reach the items, and edits re-sync the scene.
#include "TestWorkspace.h"
#include "board/BoardItems.h"
#include "board/BoardScene.h"
#include "board/BoardStyle.h"
#include "commands/MovePiece.h"
#include "commands/SetProperties.h"
#include "demo/DemoBuilder.h"
#include "workspace/PersonStore.h"

#include <QImage>
#include <QPainter>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

class TestBoardScene : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestWorkspace ws{TestWorkspace::Content::Demo};
        BoardScene scene{&ws.workspace()};
        qint64 account = 0;
        Fixture()
        {
            account = ws.accountId(DemoBuilder::largestAccountName());
            scene.setToday(fixedToday());
            scene.setAccount(account);
        }
    };

    // The colour at the centre of the piece's body when drawn alone.
    static QColor bodyColour(Piece piece, Attitude attitude)
    {
        QImage image(200, 200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        BoardRenderer::paintPiece(&painter, piece, attitude, QRectF(0, 0, 200, 200));
        painter.end();
        return image.pixelColor(100, 130); // inside every silhouette, below the details
    }

private slots:
    void piecesFollowTheDemoData()
    {
        Fixture f;
        const QList<Person> people = PersonStore(f.ws->database()).people(f.account);
        int clients = 0;
        int team = 0;
        for (const Person &p : people)
            (p.isTeam() ? team : clients)++;
        QCOMPARE(clients, 60);
        QCOMPARE(team, 11); // ten and the mentor
        int pieceItems = 0;
        int teamItems = 0;
        for (QGraphicsItem *item : f.scene.items()) {
            pieceItems += item->type() == PieceItem::Type;
            teamItems += item->type() == TeamMemberItem::Type;
        }
        QCOMPARE(pieceItems, clients);
        QCOMPARE(teamItems, team);
        QCOMPARE(f.scene.layout().files(), 8);
        QCOMPARE(f.scene.layout().ranks(), 7);

        // Every piece stands on the square of its department (file) and level (rank).
        const BoardData &data = f.scene.data();
        int visible = 0;
        for (const Person &p : data.clients) {
            const BoardLayout::PiecePlace *place = f.scene.layout().place(p.id);
            QVERIFY(place);
            QCOMPARE(place->square.file, data.fileOf(p.departmentId));
            QCOMPARE(place->square.rank, data.rankOf(p.levelId));
            const QRectF square = f.scene.layout().squareRect(place->square);
            PieceItem *item = f.scene.pieceItem(p.id);
            QVERIFY(item);
            QCOMPARE(item->isVisible(), place->visible);
            if (place->visible) {
                ++visible;
                QVERIFY(square.contains(place->piece.center()));
                QVERIFY(square.contains(item->mapToScene(item->boundingRect().center())));
            }
        }
        // Crowded squares fold into groups that account for everyone.
        int hidden = 0;
        for (const BoardLayout::Group &group : f.scene.layout().groups())
            hidden += group.hidden;
        QCOMPARE(visible + hidden, clients);
        // No two visible pieces overlap.
        QList<QRectF> rects;
        for (const BoardLayout::PiecePlace &place : f.scene.layout().places())
            if (place.visible)
                rects.append(place.piece);
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects[i].intersects(rects[j]));
        // The demo's files are its departments in order, its top rank is the board.
        QCOMPARE(data.departments.first().position <= data.departments.last().position, true);
        QCOMPARE(data.levels.first().rank, 1);
        // The mentor stands apart at the end of the rail.
        const auto &rail = f.scene.layout().team();
        QVERIFY(rail.last().mentor);
        QVERIFY(rail.last().card.top() - rail[rail.size() - 2].card.bottom() > 20);
    }

    void fillsFollowAttitudesAndAreReadableInGreyscale()
    {
        QList<int> greys;
        for (const Attitude attitude : allValues<Attitude>()) {
            const QColor colour = bodyColour(Piece::Pawn, attitude);
            QCOMPARE(colour.rgb(), BoardStyle::attitudeFill(attitude).rgb());
            greys.append(qGray(colour.rgb()));
        }
        // Champion … opponent: strictly darker, at least 40 grey levels apart.
        for (int i = 1; i < greys.size(); ++i)
            QVERIFY2(greys[i - 1] - greys[i] >= 40,
                     qPrintable(QString::number(greys[i - 1] - greys[i])));
        // Every piece shape is drawn (not blank) and differs from the others.
        QSet<QByteArray> shapes;
        for (const Piece piece : allValues<Piece>()) {
            QImage image(120, 120, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            BoardRenderer::paintPiece(&painter, piece, Attitude::Neutral, QRectF(10, 10, 100, 100));
            painter.end();
            shapes.insert(
                QByteArray(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()));
        }
        QCOMPARE(shapes.size(), 6);
    }

    void lineWidthsAndColoursFollowTheData()
    {
        Fixture f;
        const BoardData &data = f.scene.data();
        QCOMPARE(f.scene.detail(), BoardLines::Detail::Individual);
        int teamLines = 0;
        int clientLines = 0;
        for (const Relationship &r : data.relationships) {
            const bool team = data.isTeam(r.fromId) || data.isTeam(r.toId);
            if (data.isTeam(r.fromId) && data.isTeam(r.toId))
                continue;
            const auto *a = f.scene.layout().place(r.fromId);
            const auto *b = f.scene.layout().place(r.toId);
            if (a && b && !a->visible && !b->visible && a->square == b->square)
                continue; // both folded into the same "+N" group: nothing to draw between them
            const int index = f.scene.lines().indexOf(r.id);
            QVERIFY2(index >= 0, qPrintable(QStringLiteral("relationship %1 (%2 → %3, %4) is drawn")
                                                .arg(r.id)
                                                .arg(r.fromId)
                                                .arg(r.toId)
                                                .arg(codeOf(r.kind))));
            const LineShape &line = f.scene.lines().lines()[index];
            QCOMPARE(line.strength, r.strength);
            QCOMPARE(line.team, team);
            QCOMPARE(line.kind, r.kind);
            QCOMPARE(line.freshness, BoardStyle::freshnessOf(r.lastContact, fixedToday(),
                                                             data.account.freshnessDays));
            (team ? teamLines : clientLines)++;
        }
        QVERIFY(teamLines > 100);
        QVERIFY(clientLines > 30);
        // A team line of strength s is drawn with width strengthWidth(s).
        bool sawWide = false;
        for (const LineShape &line : f.scene.lines().lines()) {
            if (!line.team)
                continue;
            const LineBatch style = BoardLines::styleOf(line);
            QVERIFY(qFuzzyCompare(style.width, BoardStyle::strengthWidth(line.strength)));
            sawWide |= qFuzzyCompare(style.width, BoardStyle::strengthWidth(5));
        }
        QVERIFY(sawWide);
        QVERIFY(BoardStyle::strengthWidth(5) > BoardStyle::strengthWidth(1) * 3);
        // Freshness against the account's window.
        QCOMPARE(BoardStyle::freshnessOf(fixedToday().addDays(-10), fixedToday(), 90),
                 Freshness::Fresh);
        QCOMPARE(BoardStyle::freshnessOf(fixedToday().addDays(-120), fixedToday(), 90),
                 Freshness::Ageing);
        QCOMPARE(BoardStyle::freshnessOf(fixedToday().addDays(-400), fixedToday(), 90),
                 Freshness::Cold);
        QCOMPARE(BoardStyle::freshnessOf(QDate(), fixedToday(), 90), Freshness::Never);
        // Team lines run in their member's lane along the top of the target's rank, not
        // across the pieces of the board.
        for (const LineShape &line : f.scene.lines().lines()) {
            if (!line.team)
                continue;
            const auto *place = f.scene.layout().place(line.toId);
            if (!place->visible || !place->square.isValid())
                continue;
            const QRectF square = f.scene.layout().squareRect(place->square);
            const qreal laneY = f.scene.layout().laneY(
                place->square.rank, f.scene.layout().teamPlace(line.fromId)->lane);
            QVERIFY(laneY >= square.top() && laneY <= square.top() + BoardLayout::ChannelHeight);
            for (const BoardLayout::PiecePlace &other : f.scene.layout().places()) {
                if (other.visible && other.personId != line.toId)
                    QVERIFY(!other.piece.adjusted(6, 6, -6, -6)
                                 .contains(line.path.pointAtPercent(0.5)));
            }
        }
    }

    void filtersShowOneMembersLinesAndFadeOthers()
    {
        Fixture f;
        const BoardData &data = f.scene.data();
        const qint64 member = data.team.first().id;
        BoardFilter filter;
        filter.teamMemberId = member;
        f.scene.setFilter(filter);
        QVERIFY(!f.scene.lines().lines().isEmpty());
        QSet<qint64> contacts;
        for (const LineShape &line : f.scene.lines().lines()) {
            QCOMPARE(line.fromId, member);
            contacts.insert(line.toId);
        }
        for (const Person &p : data.clients)
            QCOMPARE(f.scene.filterMatch().showsPerson(p), contacts.contains(p.id));

        filter = {};
        filter.kind = RelationshipKind::Tension;
        f.scene.setFilter(filter);
        QVERIFY(!f.scene.lines().lines().isEmpty());
        for (const LineShape &line : f.scene.lines().lines())
            QCOMPARE(line.kind, RelationshipKind::Tension);

        filter = {};
        filter.productId = data.products.first().first;
        f.scene.setFilter(filter);
        QSet<qint64> holders;
        for (const BoardProductRole &role : data.productRoles)
            if (role.productId == filter.productId && role.role != ProductRole::Buyer)
                holders.insert(role.personId);
        QVERIFY(!holders.isEmpty());
        for (const Person &p : data.clients)
            QCOMPARE(f.scene.filterMatch().showsPerson(p), holders.contains(p.id));

        filter = {};
        filter.changedSince = QDate::currentDate().addDays(1);
        f.scene.setFilter(filter);
        for (const Person &p : data.clients)
            QVERIFY(!f.scene.filterMatch().showsPerson(p));
        f.scene.setFilter({});
    }

    void highlightsAreKeptPerKind()
    {
        Fixture f;
        const qint64 king = [&] {
            for (const Person &p : f.scene.data().clients)
                if (p.decisionRole == DecisionRole::DecisionMaker)
                    return p.id;
            return qint64(0);
        }();
        const qint64 line = f.scene.data().relationships.first().id;
        f.scene.setHighlight({king}, {}, HighlightKind::Check);
        f.scene.setHighlight({}, {line}, HighlightKind::IntroductionPath);
        QCOMPARE(f.scene.highlights().size(), 2);
        QVERIFY(f.scene.highlights()[HighlightKind::Check].people.contains(king));
        QVERIFY(f.scene.renderOptions()
                    .highlights[HighlightKind::IntroductionPath]
                    .relationships.contains(line));
        f.scene.clearHighlight(HighlightKind::Check);
        QCOMPARE(f.scene.highlights().size(), 1);
    }

    void crowdedSquaresGroupAndExpand()
    {
        Fixture f;
        // Put six people on one square to make it crowded.
        const BoardData &data = f.scene.data();
        const qint64 department = data.departments.first().id;
        const qint64 level = data.levels.last().id;
        for (int i = 0; i < 6; ++i) {
            const Person &p = data.clients[i * 7 % data.clients.size()];
            QVERIFY(
                f.ws->execute(new MovePiece(&f.ws.workspace(), p.id, department, level, p.name)));
        }
        const BoardSquare square{0, int(data.levels.size()) - 1};
        const BoardLayout::Group *group = f.scene.layout().groupAt(square);
        QVERIFY(group);
        const int count = int(f.scene.layout().peopleOn(square).size());
        QVERIFY(count >= 6);
        QCOMPARE(group->hidden, count - (BoardLayout::SquareCapacity - 1));
        f.scene.toggleExpanded(square);
        QVERIFY(f.scene.isExpanded(square));
        QVERIFY(!f.scene.layout().groupAt(square));
        QList<QRectF> rects;
        for (const qint64 id : f.scene.layout().peopleOn(square)) {
            QVERIFY(f.scene.pieceItem(id)->isVisible());
            rects.append(f.scene.layout().place(id)->piece);
        }
        for (int i = 0; i < rects.size(); ++i)
            for (int j = i + 1; j < rects.size(); ++j)
                QVERIFY(!rects[i].intersects(rects[j]));
        f.scene.collapseAll();
        QVERIFY(f.scene.layout().groupAt(square));
    }

    void sceneFollowsWorkspaceChangesAndUndo()
    {
        Fixture f;
        const Person person = f.scene.data().clients[10];
        const BoardSquare before = f.scene.layout().place(person.id)->square;
        const BoardSquare target{(before.file + 1) % f.scene.layout().files(), before.rank};
        QVERIFY(f.scene.movePerson(person.id, target));
        QCOMPARE(f.scene.layout().place(person.id)->square, target);
        f.ws->undoStack()->undo();
        QCOMPARE(f.scene.layout().place(person.id)->square, before);
        f.ws->undoStack()->redo();
        QCOMPARE(f.scene.layout().place(person.id)->square, target);

        // A move re-reads only the moved person; what the scene holds must equal a full
        // read of the account, person by person.
        const BoardData full = BoardData::load(f.ws->database(), f.scene.accountId());
        QCOMPARE(f.scene.data().clients.size(), full.clients.size());
        for (const Person &p : full.clients) {
            const Person *held = f.scene.data().person(p.id);
            QVERIFY(held);
            QCOMPARE(held->departmentId, p.departmentId);
            QCOMPARE(held->levelId, p.levelId);
            QCOMPARE(held->attitude, p.attitude);
            QCOMPARE(held->name, p.name);
        }
        QCOMPARE(f.scene.data().updatedAt.value(person.id), full.updatedAt.value(person.id));
        // Someone of our team edited: the whole account is read again (the rail's order
        // may change), and the scene still matches.
        const Person member = f.scene.data().team.first();
        QVERIFY(
            f.ws->execute(new SetProperties(&f.ws.workspace(), Change::Entity::Person, member.id,
                                            {{QStringLiteral("title"), QStringLiteral("Director")}},
                                            QStringLiteral("Edit title"))));
        QCOMPARE(f.scene.data().person(member.id)->title, QStringLiteral("Director"));
    }

    void relationshipEditsReadOneRowAndMatchAFullLoad()
    {
        Fixture f;
        const auto matchesFullLoad = [&f] {
            const BoardData full = BoardData::load(f.ws->database(), f.scene.accountId());
            const QList<Relationship> &held = f.scene.data().relationships;
            if (held.size() != full.relationships.size())
                return false;
            for (int i = 0; i < held.size(); ++i) {
                const Relationship &a = held[i];
                const Relationship &b = full.relationships[i];
                if (a.id != b.id || a.fromId != b.fromId || a.toId != b.toId || a.kind != b.kind ||
                    a.strength != b.strength || a.lastContact != b.lastContact ||
                    a.notes != b.notes)
                    return false;
                if (f.scene.data().relationship(a.id) != &held[i])
                    return false; // the index follows the list
            }
            // The same lines as a scene that reads the whole account.
            BoardScene fresh(&f.ws.workspace());
            fresh.setToday(fixedToday());
            fresh.setAccount(f.scene.accountId());
            if (fresh.lines().lines().size() != f.scene.lines().lines().size())
                return false;
            for (const Relationship &r : held)
                if ((fresh.lines().indexOf(r.id) < 0) != (f.scene.lines().indexOf(r.id) < 0))
                    return false;
            return true;
        };
        const QList<Person> &clients = f.scene.data().clients;
        const qint64 from = f.scene.data().team.first().id;
        qint64 to = 0;
        for (const Person &client : clients) {
            const bool linked = std::any_of(
                f.scene.data().relationships.cbegin(), f.scene.data().relationships.cend(),
                [&](const Relationship &r) { return r.fromId == from && r.toId == client.id; });
            if (!linked) {
                to = client.id;
                break;
            }
        }
        QVERIFY(to > 0);
        const int before = int(f.scene.data().relationships.size());

        // Added: appended in id order, drawn.
        QVERIFY(f.scene.connectPeople(from, to, RelationshipKind::Working, 4));
        QCOMPARE(int(f.scene.data().relationships.size()), before + 1);
        QVERIFY(matchesFullLoad());
        const qint64 added = f.scene.data().relationships.last().id;
        QCOMPARE(f.scene.data().relationship(added)->strength, 4);
        QVERIFY(f.scene.lines().indexOf(added) >= 0);

        // Edited: read again in place.
        QVERIFY(f.ws->execute(new SetProperties(&f.ws.workspace(), Change::Entity::Relationship,
                                                added, {{QStringLiteral("strength"), 2}},
                                                QStringLiteral("Edit strength"))));
        QCOMPARE(f.scene.data().relationship(added)->strength, 2);
        QVERIFY(matchesFullLoad());

        // Removed (one from the middle of the list), then brought back by undo: back in
        // its place, as a full load lists it.
        const qint64 middle = f.scene.data().relationships[before / 2].id;
        f.scene.selectRelationship(middle);
        QVERIFY(f.scene.removeSelection());
        QVERIFY(!f.scene.data().relationship(middle));
        QVERIFY(f.scene.lines().indexOf(middle) < 0);
        QVERIFY(matchesFullLoad());
        f.ws->undoStack()->undo();
        QVERIFY(f.scene.data().relationship(middle));
        QVERIFY(matchesFullLoad());
        // And the whole history undone: the account as it was.
        while (f.ws->undoStack()->canUndo())
            f.ws->undoStack()->undo();
        QCOMPARE(int(f.scene.data().relationships.size()), before);
        QVERIFY(matchesFullLoad());
    }

    void levelOfDetailMergesLinesAtOverviewOfDenseBoards()
    {
        Fixture f;
        // Fabricate a dense account in memory: the demo's people with many lines.
        BoardData dense = f.scene.data();
        const int before = int(dense.relationships.size());
        qint64 nextId = 1000000;
        while (dense.relationships.size() < 3000) {
            for (const Person &member : f.scene.data().team) {
                for (const Person &client : f.scene.data().clients) {
                    Relationship r;
                    r.id = nextId++;
                    r.fromId = member.id;
                    r.toId = client.id;
                    r.strength = 1 + int(r.id % 5);
                    dense.relationships.append(r);
                }
            }
        }
        dense.reindex();
        QVERIFY(dense.relationships.size() > before);
        QCOMPARE(BoardRenderer::detailFor(dense, 0.5), BoardLines::Detail::Aggregated);
        QCOMPARE(BoardRenderer::detailFor(dense, 4.0), BoardLines::Detail::Individual);
        BoardLayout layout;
        layout.build(dense);
        BoardLines merged;
        merged.build(dense, layout, BoardFilterMatch(dense, {}), BoardLines::Detail::Aggregated,
                     fixedToday());
        // At most one line per team member and square, plus client pairs.
        int teamLines = 0;
        QSet<std::pair<qint64, int>> seen;
        for (const LineShape &line : merged.lines()) {
            if (!line.team)
                continue;
            ++teamLines;
            const auto *place = layout.place(line.toId);
            const auto key =
                std::make_pair(line.fromId, place->square.file * 100 + place->square.rank);
            QVERIFY(!seen.contains(key));
            seen.insert(key);
            QVERIFY(line.count >= 1);
        }
        QVERIFY(teamLines <= int(dense.team.size()) * layout.files() * layout.ranks());
        QVERIFY(merged.lines().size() < dense.relationships.size() / 3);
    }

    void overviewOfVeryDenseBoardsMergesClientLinesPerDepartment()
    {
        Fixture f;
        // The demo's people with every client pair of neighbouring people joined, in
        // every kind, until there are more than 5,000 lines.
        BoardData dense = f.scene.data();
        qint64 nextId = 2000000;
        const QList<Person> &clients = f.scene.data().clients;
        for (int i = 0; dense.relationships.size() < 6000; ++i) {
            Relationship r;
            r.id = nextId++;
            r.fromId = clients[i % clients.size()].id;
            r.toId = clients[(i * 7 + 1 + i / clients.size()) % clients.size()].id;
            if (r.fromId == r.toId)
                continue;
            r.kind = RelationshipKind(i % 5);
            r.strength = 1 + i % 5;
            dense.relationships.append(r);
        }
        dense.reindex();
        QCOMPARE(BoardRenderer::detailFor(dense, 0.5), BoardLines::Detail::Overview);
        QCOMPARE(BoardRenderer::detailFor(dense, 2.5), BoardLines::Detail::Aggregated);
        QCOMPARE(BoardRenderer::detailFor(dense, 4.0), BoardLines::Detail::Aggregated);
        QCOMPARE(BoardRenderer::detailFor(dense, 5.0), BoardLines::Detail::Individual);
        BoardLayout layout;
        layout.build(dense);
        BoardLines overview;
        overview.build(dense, layout, BoardFilterMatch(dense, {}), BoardLines::Detail::Overview,
                       fixedToday());
        BoardLines perSquare;
        perSquare.build(dense, layout, BoardFilterMatch(dense, {}), BoardLines::Detail::Aggregated,
                        fixedToday());
        QVERIFY(overview.lines().size() < perSquare.lines().size());
        // Between departments: at most one line per department pair for tension, for
        // influence (each way) and for the rest; inside a department one per level pair.
        QHash<QString, int> seen;
        int tension = 0;
        for (const LineShape &line : overview.lines()) {
            if (line.team)
                continue;
            QVERIFY(line.hairline);
            QVERIFY(line.count >= 1);
            const BoardSquare a = layout.place(line.fromId)->square;
            const BoardSquare b = layout.place(line.toId)->square;
            QString key;
            if (a.file == b.file) {
                key = QStringLiteral("in %1 %2-%3")
                          .arg(a.file)
                          .arg(qMin(a.rank, b.rank))
                          .arg(qMax(a.rank, b.rank));
            } else {
                const int group = line.kind == RelationshipKind::Tension     ? 0
                                  : line.kind == RelationshipKind::Influence ? 1
                                                                             : 2;
                const bool directed = group == 1;
                key = QStringLiteral("across %1 %2-%3")
                          .arg(group)
                          .arg(directed ? a.file : qMin(a.file, b.file))
                          .arg(directed ? b.file : qMax(a.file, b.file));
            }
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key, 1);
            tension += line.kind == RelationshipKind::Tension ? 1 : 0;
        }
        QVERIFY(tension > 0); // tension between departments stays visible at overview
        // The merged lines account for every client line that crosses squares.
        int counted = 0;
        for (const LineShape &line : overview.lines())
            counted += line.team ? 0 : line.count;
        int expected = 0;
        for (const Relationship &r : dense.relationships) {
            if (dense.isTeam(r.fromId) || dense.isTeam(r.toId))
                continue;
            const auto *a = layout.place(r.fromId);
            const auto *b = layout.place(r.toId);
            if (a && b && a->square.isValid() && b->square.isValid() && !(a->square == b->square))
                ++expected;
        }
        QCOMPARE(counted, expected);
    }

    void teamLinesShareOneTrunkPerMemberAndRank()
    {
        Fixture f;
        const BoardLines &lines = f.scene.lines();
        const BoardLayout &layout = f.scene.layout();
        QCOMPARE(lines.detail(), BoardLines::Detail::Individual);
        QVERIFY(!lines.trunks().isEmpty());
        // Expected per member and rank: the strongest line and the farthest lane end.
        QHash<QPair<qint64, int>, int> strongest;
        QHash<QPair<qint64, int>, qreal> farthest;
        int dropped = 0;
        for (const LineShape &line : lines.lines()) {
            if (!line.team || line.drop.isEmpty())
                continue;
            ++dropped;
            const auto *place = layout.place(line.toId);
            QVERIFY(place && place->square.isValid());
            const QPair<qint64, int> key(line.fromId, place->square.rank);
            strongest[key] = qMax(strongest.value(key), line.strength);
            const QPointF laneEnd = line.drop.elementAt(0);
            farthest[key] = qMax(farthest.value(key, -1e9), laneEnd.x());
            // The drop starts in the member's lane of the target's rank.
            QCOMPARE(laneEnd.y(),
                     layout.laneY(place->square.rank, layout.teamPlace(line.fromId)->lane));
        }
        QVERIFY(dropped > 100);
        QCOMPARE(lines.trunks().size(), strongest.size());
        int counted = 0;
        for (const LineShape &trunk : lines.trunks()) {
            const QPointF end = trunk.path.elementAt(trunk.path.elementCount() - 1);
            int rank = -1;
            for (int r = 0; r < layout.ranks(); ++r)
                if (qFuzzyCompare(layout.laneY(r, layout.teamPlace(trunk.fromId)->lane), end.y()))
                    rank = r;
            QVERIFY(rank >= 0);
            const QPair<qint64, int> key(trunk.fromId, rank);
            QCOMPARE(trunk.strength, strongest.value(key));
            QCOMPARE(end.x(), farthest.value(key));
            // It starts at its member's place on the rail.
            QCOMPARE(QPointF(trunk.path.elementAt(0)), layout.teamPlace(trunk.fromId)->anchor);
            counted += trunk.count;
        }
        QCOMPARE(counted, dropped);
    }

    void lineIndexFindsTeamLinesByTheirLaneNotTheirWholeSpan()
    {
        Fixture f;
        const BoardLines &lines = f.scene.lines();
        const BoardLayout &layout = f.scene.layout();
        // A small rect in the middle of a square below the channel: no team line's lane
        // or drop runs there unless it ends on that square.
        for (const BoardLayout::PiecePlace &place : layout.places()) {
            if (!place.visible || !place.square.isValid())
                continue;
            const QRectF square = layout.squareRect(place.square);
            const QRectF probe(square.right() - 12, square.bottom() - 12, 4, 4);
            for (const int i : lines.linesIn(probe)) {
                const LineShape &line = lines.lines()[i];
                if (!line.team)
                    continue;
                const auto *target = layout.place(line.toId);
                QVERIFY(target);
                QCOMPARE(target->square.file, place.square.file);
            }
        }
        // Every line is found by a rect around the start of what is drawn for it (a team
        // line's drop from its lane; the way in is its member's trunk).
        for (int i = 0; i < lines.lines().size(); ++i) {
            const LineShape &line = lines.lines()[i];
            const QPointF start = (line.drop.isEmpty() ? line.path : line.drop).elementAt(0);
            QVERIFY(lines.linesIn(QRectF(start - QPointF(1, 1), QSizeF(2, 2))).contains(i));
        }
    }
};

QTEST_MAIN(TestBoardScene)
#include "TestBoardScene.moc"
