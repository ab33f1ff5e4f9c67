#pragma once

#include "BoardTool.h"

namespace Kingside {

// The view scrolls with the hand while this tool is chosen; the scene has nothing to do.
class PanTool : public BoardTool
{
public:
    using BoardTool::BoardTool;
};

} // namespace Kingside
