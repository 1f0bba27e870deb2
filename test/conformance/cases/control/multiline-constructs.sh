if true
then
echo then-branch
fi
while false
do
:
done
case x in
x)
echo case-branch
;;
esac
{
echo group
}
