function a.b { echo dotted; }
a.b
f-x() { echo dash; }
f-x
_under() { echo underscore; }
_under
