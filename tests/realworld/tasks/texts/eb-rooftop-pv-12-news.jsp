<%@ page pageEncoding="UTF-8"%>
<%@ include file="/view/srplatform/common/taglibs.jsp"%>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<link href="view/srplatform/portal/logo.ico" type="image/ico" rel="shortcut icon"/> 
<title>屋顶光伏发电“十二五”拟增九倍- 【阳光易购】</title>
<c:import url="/view/srplatform/common/init.jsp">
	<c:param name="isLastLoadPage">
		true
	</c:param>
</c:import>

<!--CSS-->
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/web.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/skin07/css/seller.css" />
<link rel="stylesheet" type="text/css" href="/view/resource/skin/thems/default/listDetail.css" />
<!--JS-->
<script type="text/javascript" src='/view/srplatform/portal/include/common.js'></script>
</head>

<body>

<div id="container">
	<!-- 头部开始 -->
	<div class="header">
		<%@ include file="/view/srplatform/portal/include/main_header_index.jsp" %>
	</div>
	<!-- 头部结束-->
    <!--主要内容 开始-->
	<div id="sysContent" class="page">
		<div id="contentSub" class="index3pa">
			<%@ include file="/view/staticpags/load/left_cms.jsp" %>
		</div>
		<div id="contentMain" class="index3pa">
			<div id="conTitle">
				<div class="navCurrent ">

	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/staticpags/goodszx/goodszx.jsp" title="供货资讯" class="cmsHref_self">供货资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/goodszx/ff8080813204bef6013213377a6d03e3.jsp" title="屋顶光伏发电“十二五”拟增九倍" class="cmsHref_self">屋顶光伏发电“十二五”拟增九倍</a>
		
				</div>
			</div>
 
			<div id="conBody">
				<input type="hidden"  id="channelId" value="2c9087922e6f5c1a012e6f7274030138" />
				<div class="frameNews">
					<h1>屋顶光伏发电“十二五”拟增九倍</h1>
					<div class="source">
						<span>发布时间：2011-08-29</span>
						<span>发布人：-  </span>
					</div>
					<p><P>权威人士向中国证券报记者透露，根据正在拟定的《可再生能源发展“十二五”规划》，光伏发电装机目标被确定为到2015年达1000万千瓦，到2020年达5000万千瓦。值得注意的是，到2015年，屋顶光伏电站规模为300万千瓦，到2020年则达2500万千瓦。截至2010年，屋顶光伏电站的装机规模约30万千瓦。</P>
<P>业内分析指出，近年来国内屋顶光伏市场已逐步打开，随着政策支持的进一步加码，建设屋顶光伏电站，推广中小型光伏系统应用将逐渐成为产业发展的主流，相关的组件生产商和系统集成商将从中集中受益。</P>
<P>上述人士还透露，此前一直有所传闻的第三轮光伏特许权招标今年内暂不考虑启动。</P>
<P>政策重心偏向“屋顶”</P>
<P>自2009年开始，财政部、国家发改委等部门推出一系列例如“太阳能屋顶计划”、“金太阳工程”等政策措施，以发展国内屋顶太阳能和光电一体化建筑的示范推广。今年以来，以金太阳示范工程为抓手，国家对于屋顶光伏电站的政策支持力度持续加大。继去年调整金太阳示范工程项目补贴办法后，今年相关部门更是进一步明确了示范工程的财政补贴政策，近日财政部又宣布启动了今年第二批24.7万千瓦金太阳示范项目。</P>
<P>今年初，有报道称，去年启动的第二轮280兆瓦光伏特许权招标项目到今年5月有七成未开工。主要原因是项目投资收益预期下降。</P>
<P>分析人士指出，尽管前不久国家发改委确定了光伏发电上网标杆电价，但企业层面仍显动力不足。在此情况下，屋顶光伏电站由于并网容易、投资成本相对较小，补贴政策相对明确等因素，开始展现更大的潜力。</P>
<P>中投顾问新能源行业资深研究员李胜茂表示，德国和意大利等国近年来纷纷调整各自的补贴政策，推广中小型光伏系统，推动建设屋顶太阳能电站，这也显示出屋顶太阳能产业未来在全球的发展趋势。在此背景下，我国也将大力推进屋顶光伏电站发展。</P>
<P>产业增长或大幅提升</P>
<P>目前，屋顶太阳能发电系统在国内的推广仍显不足。据了解，“金太阳示范工程”(90%项目为用户侧光伏发电项目，即屋顶太阳能电站)过去两年启动的近60万千瓦示范项目，截至目前只完成30万千瓦左右。“十二五”规划提出300万千瓦的装机目标，相当于在目前基础上增长9倍，而到2020年实现2500万千瓦的装机目标则相当于是目前规模的80多倍。</P>
<P>中证证券研究中心研究员陈衍鹏表示，2010年末，屋顶光伏占光伏总装机容量的28.8%，结合光伏“十二五”规划总装机容量的目标看，2015年光伏屋顶计划占比与目前基本持平，预计产业规模的复合增长率达到63.5%。而2015-2020年，屋顶光伏产业将成为整个行业的发展核心，其装机容量将达到总装机容量的一半，年均复合增长率达到52.8%。</P>
<P>分析人士指出，屋顶太阳能发电的发展或将带来晶硅和薄膜等光伏电池技术的市场调整。陈衍鹏认为，尽管晶硅是目前行业主流，但由于薄膜电池柔韧性强的特质，其在BIPV建筑一体化等领域具有优势。加之薄膜电池成本相对较低，转换效率不断提升，未来薄膜电池厂家或将享受到更多的利好。</P>
</p>
				</div>
			</div>
		</div>
	</div>
	<!--主要内容 结束-->
	<!-- 脚开始 -->
	<div class="footer">
	    <%@ include file="/view/srplatform/portal/include/foot.jsp" %>
	</div>
	<!-- 脚结束 -->
</div>
</body>

</html>

<script>
	// 为左边栏设定选中样式,判断用于解决点击左边栏后样式被覆盖问题
	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
</script>