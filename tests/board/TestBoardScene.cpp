// The scene follows the data: the demo's largest account has one piece per client
// person on its department × level square, fills follow attitudes, line widths follow
// strengths, filters and highlights reach the items, and edits re-sync the scene.
#include "TestWorkspace.h"
#include "board/BoardItems.h"
#include "board/BoardScene.h"
#include "board/BoardStyle.h"
#include "commands/MovePiece.h"
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
        // Batches: a team line of strength s is drawn with width strengthWidth(s).
        bool sawWide = false;
        for (const LineBatch &batch : f.scene.lines().batches()) {
            if (!batch.team)
                continue;
            bool matches = false;
            for (int s = 1; s <= 5; ++s)
                matches |= qFuzzyCompare(batch.width, BoardStyle::strengthWidth(s));
            QVERIFY(matches);
            sawWide |= qFuzzyCompare(batch.width, BoardStyle::strengthWidth(5));
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
};

QTEST_MAIN(TestBoardScene)
#include "TestBoardScene.moc"
