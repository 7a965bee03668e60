"""Language-level analysis: language identification and segmentation."""
