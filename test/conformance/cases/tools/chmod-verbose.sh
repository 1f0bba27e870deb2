cd /tmp && mkdir q && cd q
touch f "it's"
chmod -v 644 f
chmod -c 644 f
chmod -v 4755 f "it's"
chmod -c 600 f
chmod --changes 640 f
chmod --verbose 1777 f
chmod -vc 644 f
sudo -u alice chmod -v 600 /tmp/q/f
sudo -u alice chmod -c 600 /tmp/q/f
chmod -R -v 700 /tmp/q/nonexist
chmod -v 700 nonexist
ln -sf nowhere dl; chmod -v 700 dl
mkdir -p dd && ln -sf f dd/l && chmod -Rv 700 dd
echo
chmod -c 700 nonexist
