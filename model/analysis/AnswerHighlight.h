#pragma once

#include <QMetaType>

namespace Kingside {

// How the board should show the people and lines of an answer the user picked.
enum class AnswerHighlight
{
    Plain,       // just select them
    KingInCheck, // the King glows
    Queen,
    Camps,            // champions, opponents, the competitor's champions
    SingleThreaded,   // warning rings on single-threaded pieces
    CutPoint,         // articulation points and bridges
    IntroductionPath, // draw the path
    HiddenInfluencer, // mark hidden influencers
    Whitespace,       // empty squares and products whose people never meet
    Cooling,          // cooling lines
    Changes,          // what changed since the last review
};

} // namespace Kingside

Q_DECLARE_METATYPE(Kingside::AnswerHighlight)
