//! The deck as one self-contained HTML file.
